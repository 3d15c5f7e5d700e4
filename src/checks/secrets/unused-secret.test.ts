import check from './unused-secret.js';
import { testCheck, yaml } from '../testing.js';
import { clusterObjects } from '../../inventory/live/objects.js';
import { Inventory } from '../../inventory/inventory.js';
import { scan } from '../../scan.js';
import { it } from 'node:test';
import assert from 'node:assert/strict';

testCheck(check, {
  pass: [
    {
      name: 'every way a Secret is used: volumes, projected, env, envFrom, imagePullSecrets, CSI, arguments',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop}
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata: {labels: {app: api}}
            spec:
              imagePullSecrets: [{name: pull}]
              containers:
              - name: api
                image: x
                args: [--default-ssl-certificate=$(POD_NAMESPACE)/default-cert, --tls-secret, shop/flag-tls]
                env:
                - name: DB_PASSWORD
                  valueFrom: {secretKeyRef: {name: db, key: password}}
                envFrom: [{secretRef: {name: env-all}}]
              volumes:
              - {name: a, secret: {secretName: mounted}}
              - name: b
                projected: {sources: [{secret: {name: projected}}, {serviceAccountToken: {path: t}}]}
              - name: c
                csi: {driver: secrets-store.csi.k8s.io, nodePublishSecretRef: {name: csi-creds}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: pull, namespace: shop}, type: kubernetes.io/dockerconfigjson}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: default-cert, namespace: shop}, type: kubernetes.io/tls}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: flag-tls, namespace: shop}, type: kubernetes.io/tls}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: db, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: env-all, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: mounted, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: projected, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: csi-creds, namespace: shop}}
      `,
    },
    {
      name: 'used by a ServiceAccount, an Ingress, a Role (the Dashboard\'s key holder), a custom resource; written by controllers',
      yaml: yaml`
        {apiVersion: v1, kind: ServiceAccount, metadata: {name: ci, namespace: shop}, imagePullSecrets: [{name: sa-pull}], secrets: [{name: sa-listed}]}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          namespace: shop
          annotations: {nginx.ingress.kubernetes.io/auth-secret: basic-auth, nginx.ingress.kubernetes.io/auth-tls-secret: shop/client-ca}
        spec:
          tls: [{hosts: [shop.example.com], secretName: web-tls}]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata: {name: kubernetes-dashboard, namespace: kubernetes-dashboard}
        rules:
        - apiGroups: [""]
          resources: [secrets]
          resourceNames: [kubernetes-dashboard-key-holder, kubernetes-dashboard-csrf]
          verbs: [get, update]
        ---
        apiVersion: cert-manager.io/v1
        kind: ClusterIssuer
        metadata: {name: letsencrypt}
        spec:
          acme: {privateKeySecretRef: {name: letsencrypt-account}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: sa-pull, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: sa-listed, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: basic-auth, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: client-ca, namespace: shop}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: web-tls, namespace: shop}, type: kubernetes.io/tls}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: kubernetes-dashboard-key-holder, namespace: kubernetes-dashboard}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: kubernetes-dashboard-csrf, namespace: kubernetes-dashboard}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: letsencrypt-account, namespace: cert-manager}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: sh.helm.release.v1.shop.v3, namespace: shop, labels: {owner: helm}}, type: helm.sh/release.v1}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: bootstrap-token-abcdef, namespace: kube-system}, type: bootstrap.kubernetes.io/token}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: ci-token, namespace: shop, annotations: {kubernetes.io/service-account.name: ci}}, type: kubernetes.io/service-account-token}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: web-cert, namespace: shop, annotations: {cert-manager.io/certificate-name: web}}, type: kubernetes.io/tls}
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: from-vault
          namespace: shop
          ownerReferences: [{apiVersion: external-secrets.io/v1beta1, kind: ExternalSecret, name: from-vault, uid: 6b1d9c8e-0000-4000-8000-000000000001}]
      `,
    },
  ],
  fail: [
    {
      name: 'a Secret nothing names, and one named only in another namespace',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          containers: [{name: a, image: x}]
          volumes: [{name: a, secret: {secretName: old-db}}]
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: old-db, namespace: billing}}
        ---
        {apiVersion: v1, kind: Secret, metadata: {name: forgotten, namespace: shop}, type: kubernetes.io/basic-auth}
      `,
      findings: [
        { line: 8, severity: 'info', message: 'Secret "old-db" is used by nothing in the input', evidence: { namespace: 'billing' } },
        { line: 10, severity: 'info', message: 'files are a partial view' },
      ],
    },
  ],
});

it('secrets.unused-secret is low severity over a whole cluster', () => {
  const { objects } = clusterObjects({
    items: [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'old-db', namespace: 'shop' }, type: 'Opaque' }],
    resources: [{ apiVersion: 'v1', kind: 'Secret', resource: 'secrets' }],
    origin: 'snapshot.json',
  });
  const findings = scan(new Inventory(objects, [], [], { complete: true }), { registry: [check] }).findings;
  assert.deepEqual(findings.map((f) => [f.severity, f.message]), [['low', 'Secret "old-db" is used by nothing in the cluster: no pod mounts it, reads it or pulls images with it, and no ServiceAccount, Ingress, Role or custom resource names it']]);
});
