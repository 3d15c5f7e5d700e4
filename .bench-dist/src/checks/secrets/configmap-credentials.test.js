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
            yaml: yaml `
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
            yaml: yaml `
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
            name: 'known formats in values, and a private key in binaryData',
            yaml: yaml `
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
    const inventory = loadText(yaml `
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
    for (const secret of ['correct-horse', 'battery', 'tok-9f8e7d6c5b4a', '9f8e7d'])
        assert.ok(!text.includes(secret), `leaked ${secret}`);
});
//# sourceMappingURL=configmap-credentials.test.js.map