import check from './legacy-token-secret.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'projected tokens and other Secret types',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: db, namespace: shop}
        type: Opaque
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop}
        spec:
          serviceAccountName: api
          containers: [{name: a, image: x}]
          volumes:
          - name: token
            projected:
              sources:
              - serviceAccountToken: {path: token, expirationSeconds: 3600}
      `,
    },
  ],
  fail: [
    {
      name: 'a token for a limited account, one for an account bound to cluster-admin, an invalidated one, one without an account',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata:
          name: ci-token
          namespace: shop
          annotations: {kubernetes.io/service-account.name: ci}
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: deployer-token
          namespace: shop
          annotations: {kubernetes.io/service-account.name: deployer}
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: old-token
          namespace: shop
          annotations: {kubernetes.io/service-account.name: ci}
          labels: {kubernetes.io/legacy-token-invalid-since: "2024-03-01"}
        type: kubernetes.io/service-account-token
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: orphan-token, namespace: shop}
        type: kubernetes.io/service-account-token
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: deployer-admin}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
        subjects: [{kind: ServiceAccount, name: deployer, namespace: shop}]
      `,
      findings: [
        { line: 7, severity: 'medium', message: 'Secret "ci-token" holds a non-expiring token for service account "ci"', evidence: { serviceAccount: 'ci', power: 'none' } },
        { line: 15, severity: 'high', message: 'Secret "deployer-token" holds a non-expiring token for service account "deployer" (which is cluster-admin)' },
        { line: 24, severity: 'low', message: 'invalidated by the legacy token cleaner since 2024-03-01' },
        { line: 28, severity: 'low', message: 'without the kubernetes.io/service-account.name annotation' },
      ],
    },
  ],
});
