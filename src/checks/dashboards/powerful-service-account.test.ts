import { testCheck } from '../testing.js';
import check from './powerful-service-account.js';
import { ADMIN_USER, argoCd, CLUSTER_ADMIN_BINDING, RECOMMENDED, SKIP_LOGIN } from './fixtures.js';

const READ_ALL_SECRETS = `
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: argocd-server
rules:
- apiGroups: ['']
  resources: [secrets]
  verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: argocd-server
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: argocd-server
subjects:
- kind: ServiceAccount
  name: argocd-server
  namespace: argocd
`;

testCheck(check, {
  pass: [
    { name: 'recommended.yaml as shipped: named Secrets only, metrics read', yaml: RECOMMENDED },
    { name: 'the docs\' admin-user is cluster-admin, the dashboard is not', yaml: RECOMMENDED + ADMIN_USER },
    { name: 'Argo CD reading Secrets in its own namespace', yaml: argoCd() },
    {
      name: 'cluster-admin binding, but the token is not mounted',
      yaml: RECOMMENDED.replace('      serviceAccountName: kubernetes-dashboard\n', '      serviceAccountName: kubernetes-dashboard\n      automountServiceAccountToken: false\n') + CLUSTER_ADMIN_BINDING,
    },
  ],
  fail: [
    {
      name: 'the dashboard account bound to cluster-admin',
      yaml: RECOMMENDED + CLUSTER_ADMIN_BINDING,
      findings: [{ severity: 'critical', message: 'runs as service account "kubernetes-dashboard", which is cluster-admin (ClusterRoleBinding kubernetes-dashboard-admin → ClusterRole cluster-admin', evidence: { power: 'cluster-admin', openToAnyone: false } }],
    },
    {
      name: 'Argo CD server with a ClusterRole that reads every Secret of the cluster',
      yaml: argoCd() + READ_ALL_SECRETS,
      findings: [{ severity: 'high', message: 'can read Secrets in every namespace' }],
    },
    {
      name: 'Argo CD server creating pods in its own namespace, where a cluster-admin account lives: reaches cluster-admin',
      yaml: argoCd() + `
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: run-jobs, namespace: argocd}
rules:
- apiGroups: [""]
  resources: [pods]
  verbs: [create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: argocd-server-jobs, namespace: argocd}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: run-jobs}
subjects:
- {kind: ServiceAccount, name: argocd-server, namespace: argocd}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: argocd-application-controller, namespace: argocd}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: argocd-application-controller}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
subjects:
- {kind: ServiceAccount, name: argocd-application-controller, namespace: argocd}
`,
      findings: [{ severity: 'critical', message: /can become cluster-admin in \d+ steps?/ }],
    },
    {
      name: 'cluster-admin and skip-login',
      yaml: SKIP_LOGIN + CLUSTER_ADMIN_BINDING,
      findings: [{ severity: 'critical', message: 'the console lets anyone in', evidence: { openToAnyone: true } }],
    },
  ],
});
