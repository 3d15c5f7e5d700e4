import check from './secret-in-manifest.js';
import { testCheck, yaml } from '../testing.js';
import { clusterObjects } from '../../inventory/live/objects.js';
import { Inventory } from '../../inventory/inventory.js';
import { scan } from '../../scan.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

testCheck(check, {
  pass: [
    {
      name: 'empty Secrets a controller fills (kubernetes-dashboard), placeholders, SOPS, a service account token request',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: kubernetes-dashboard-certs, namespace: kubernetes-dashboard}
        type: Opaque
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: kubernetes-dashboard-csrf, namespace: kubernetes-dashboard}
        type: Opaque
        data:
          csrf: ""
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: filled-by-ci}
        stringData:
          password: \${DB_PASSWORD}
          token: "{{ .Values.token }}"
          api-key: <your API key>
          license: CHANGEME
          provider: REPLACED-AT-DEPLOY-TIME
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: sops-encrypted}
        data:
          password: ENC[AES256_GCM,data:p673w==,iv:YY=,tag:UQ==,type:str]
        sops:
          version: 3.8.1
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: ci-token
          annotations: {kubernetes.io/service-account.name: ci}
        type: kubernetes.io/service-account-token
        ---
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata: {name: db}
        spec:
          encryptedData:
            password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq
      `,
    },
    {
      name: 'a Secret exported from a cluster (uid, resourceVersion) is the cluster\'s',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db, namespace: shop, uid: 0b9f5a53-93a4-4d5a-9a7e-3c1e5d8f0a11, resourceVersion: "48213"}
        data:
          password: ${b64('hunter2-hunter2')}
      `,
    },
  ],
  fail: [
    {
      name: 'credentials by name, by format and by type',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: aws-credentials, namespace: shop}
        type: Opaque
        data:
          AWS_ACCESS_KEY_ID: ${b64('AKIAIOSFODNN7EXAMPLE')}
          AWS_DEFAULT_REGION: ${b64('eu-west-1')}
          DB_PASSWORD: ${b64('hunter2-hunter2')}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: web-tls, namespace: shop}
        type: kubernetes.io/tls
        stringData:
          tls.crt: cert
          tls.key: key
      `,
      findings: [
        { line: 5, severity: 'high', message: 'Secret "aws-credentials" is written with its values in a manifest: 2 values that look like credentials (AWS_ACCESS_KEY_ID, DB_PASSWORD)', evidence: { credentialKeys: ['AWS_ACCESS_KEY_ID', 'DB_PASSWORD'], keys: ['AWS_ACCESS_KEY_ID', 'AWS_DEFAULT_REGION', 'DB_PASSWORD'] }, notMessage: 'hunter2' },
        { line: 14, severity: 'high', message: 'a kubernetes.io/tls Secret; anyone who can read the files can read them' },
      ],
    },
    {
      name: 'a configuration file in a Secret: a password line is a credential; plain configuration is info',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: alertmanager-main, namespace: monitoring}
        stringData:
          alertmanager.yaml: |
            global:
              smtp_auth_username: alerts
              smtp_auth_password: s3cret-Passw0rd
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: grafana-config, namespace: monitoring}
        stringData:
          grafana.ini: |
            [date_formats]
            default_timezone = UTC
      `,
      findings: [
        { line: 4, severity: 'high', message: 'a value that looks like a credential (alertmanager.yaml)' },
        { line: 13, severity: 'info', message: 'no credential was recognised in its value (grafana.ini)' },
      ],
    },
    {
      name: 'a random value under a neutral name is recognised by its entropy',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: app}
        stringData:
          cookie: Xk9mQ2vL8pR4tZ7wY1nBq3s
      `,
      findings: [{ line: 4, severity: 'high', message: '(cookie)' }],
    },
  ],
});

it('secrets.secret-in-manifest ignores Secrets read from a cluster or a snapshot', () => {
  const { objects } = clusterObjects({
    items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, data: { password: b64('hunter2-hunter2') } }],
    resources: [{ apiVersion: 'v1', kind: 'Secret', resource: 'secrets' }],
    origin: 'snapshot.json',
  });
  const inventory = new Inventory(objects, [], [], { complete: true });
  assert.equal(check.applies?.(inventory, { config: { sensitivity: { key: 'k', value: 'v' }, pss: { level: 'restricted' } } }), false);
  assert.deepEqual(scan(inventory, { registry: [check] }).findings, []);
});
