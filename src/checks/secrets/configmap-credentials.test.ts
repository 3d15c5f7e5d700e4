import check from './configmap-credentials.js';
import { testCheck, yaml } from '../testing.js';
import { loadText } from '../../inventory/load.js';
import { scan } from '../../scan.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';

const PEM_BASE64 = Buffer.from('-----BEGIN PRIVATE KEY-----\nMIIEvQ\n-----END PRIVATE KEY-----\n').toString('base64');

testCheck(check, {
  pass: [
    {
      name: 'ordinary configuration, placeholders, certificates and references',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app-config, namespace: shop}
        data:
          LOG_LEVEL: info
          DB_PASSWORD_FILE: /run/secrets/db/password
          REQUIRE_TOKEN: "true"
          SECRET_NAME: app-credentials
          application.properties: |
            spring.datasource.url=jdbc:postgresql://db:5432/shop
            spring.datasource.username=shop
            spring.datasource.password=\${DB_PASSWORD}
            server.port=8080
          ca.crt: |
            -----BEGIN CERTIFICATE-----
            MIIBszCCAVmgAwIBAgIU
            -----END CERTIFICATE-----
      `,
    },
  ],
  fail: [
    {
      name: 'credential key names and a password inside a properties file',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app-config}
        data:
          LOG_LEVEL: info
          DB_PASSWORD: hunter2
          application.properties: |
            spring.datasource.url=jdbc:postgresql://db:5432/shop
            spring.datasource.password=s3cret-value
          apiKey: "0123456789abcdef"
      `,
      findings: [
        { line: 6, message: 'ConfigMap key "DB_PASSWORD" holds a credential: its name looks like a credential (PASSWORD)' },
        { line: 7, message: 'ConfigMap key "application.properties" holds a credential: line 2 sets spring.datasource.password' },
        { line: 10, message: /ConfigMap key "apiKey" .*\(API_KEY\)/ },
      ],
    },
    {
      name: 'short forms and vendor names: pwd, an Azure connection string, a Datadog application key',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: legacy}
        data:
          pwd: hunter2hunter2
          storage: "DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=c2VjcmV0LWtleS12YWx1ZQ==;EndpointSuffix=core.windows.net"
          DD_APP_KEY: 0123456789abcdef0123456789abcdef01234567
          AZURE_CLIENT_ID: 2f9c1c1e-1234-4cde-9abc-0123456789ab
      `,
      findings: [
        { line: 5, message: /ConfigMap key "pwd" .*\(PWD\)/ },
        { line: 6, message: /ConfigMap key "storage" .*connection string with a key or password/ },
        { line: 7, message: /ConfigMap key "DD_APP_KEY" .*\(APP_KEY\)/ },
      ],
    },
    {
      name: 'known formats in values, and a private key in binaryData',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: ci}
        data:
          settings.json: |
            {
              "registry": "ghcr.io",
              "aws": "AKIAIOSFODNN7EXAMPLE"
            }
          REDIS_URL: "redis://:s3cretpass@redis:6379/0"
        binaryData:
          signing.key: ${PEM_BASE64}
      `,
      findings: [
        { line: 5, message: /ConfigMap key "settings.json" .*an AWS access key ID on line 3/ },
        { line: 10, message: /ConfigMap key "REDIS_URL" .*a URL with an embedded password/ },
        { line: 12, message: /ConfigMap key "signing.key" .*a PEM private key/ },
      ],
    },
  ],
});

it('secrets.configmap-credentials never reveals the value', () => {
  const inventory = loadText(yaml`
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: c}
    data:
      PASSWORD: correct-horse-battery-staple
      app.env: |
        MODE=prod
        API_TOKEN=tok-9f8e7d6c5b4a
  `);
  const text = JSON.stringify(scan(inventory, { registry: [check] }).findings);
  for (const secret of ['correct-horse', 'battery', 'tok-9f8e7d6c5b4a', '9f8e7d']) assert.ok(!text.includes(secret), `leaked ${secret}`);
});

testCheck(check, {
  pass: [
    {
      name: 'entropy: digests, UUIDs, certificate bundles, identifiers and names are not secrets',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: chart-config}
        data:
          checksum: 4e1b8f3f7c3a1c5a9d0b8e2f6a7c9d1e3b5f7a9c1e3d5b7f9a1c3e5d7b9f1a3c
          tenant: 2f9c1c1e-1234-4cde-9abc-0123456789ab
          caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJzekNDQVZtZ0F3SUJBZ0lV
          OKTA_CLIENT_ID: 0oa1b2c3d4E5f6G7h8I9j0
          image: registry.k8s.io/ingress-nginx/controller:v1.9.4@sha256:5b161f051d017e55d358435f295f5e9a297e66158f136321d9b04520ec6c48a3
          service: kube-prometheus-stack-prometheus-node-exporter
      `,
    },
  ],
  fail: [
    {
      name: 'entropy: a random value under a neutral key is reported at medium severity',
      yaml: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: {name: app}
        data:
          cookie: Xk9mQ2vL8pR4tZ7wY1nBq3s
      `,
      findings: [{ line: 5, severity: 'medium', message: 'ConfigMap key "cookie" holds a credential: it looks random (', evidence: { entropy: 4.52 }, notMessage: 'Xk9mQ2' }],
    },
  ],
});
