import check from './escalation-path.js';
import { testCheck } from '../testing.js';
import { clusterRole, clusterRoleBinding, role, roleBinding, serviceAccount } from './fixtures.js';

const ADMIN_SA = serviceAccount('tools', 'dashboard') + clusterRoleBinding('dashboard-admin', 'cluster-admin', 'ServiceAccount:tools/dashboard');
const WEB =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: app, image: app}]\n---\n' +
  'apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec: {type: LoadBalancer, selector: {app: web}, ports: [{port: 80}]}\n---\n';

testCheck(check, {
  pass: [
    { name: 'narrow grants lead nowhere', yaml: ADMIN_SA + role('shop', 'r', 'get,list||configmaps') + roleBinding('shop', 'b', 'Role/r', 'ServiceAccount:api') },
    { name: 'an identity that holds cluster-admin already is left to rbac.cluster-admin-binding', yaml: ADMIN_SA },
    { name: 'an exposed workload whose account has no power', yaml: WEB + ADMIN_SA },
    {
      name: 'creating pods in a namespace whose accounts are all weak, with Pod Security enforced',
      yaml: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {pod-security.kubernetes.io/enforce: restricted}}\n---\n' + ADMIN_SA + role('shop', 'r', 'create||pods') + roleBinding('shop', 'b', 'Role/r', 'User:jane'),
    },
  ],
  fail: [
    {
      name: "an exposed workload's token creates a pod that runs as the admin account: critical, on the workload",
      yaml: WEB + ADMIN_SA + role('tools', 'deployer', 'create|apps|deployments') + roleBinding('tools', 'release', 'Role/deployer', 'Group:system:serviceaccounts:shop'),
      findings: [
        {
          line: 1,
          severity: 'critical',
          message:
            'Deployment shop/web (exposed: LoadBalancer Service shop/web) reaches cluster-admin in 4 steps: token of ServiceAccount shop/default → create pods in namespace tools → run a pod as ServiceAccount tools/dashboard → cluster-admin through ClusterRoleBinding dashboard-admin',
          evidence: { goal: 'cluster-admin', length: 4 },
        },
        { severity: 'high', message: 'Group system:serviceaccounts:shop reaches cluster-admin in 3 steps' },
      ],
    },
    {
      name: 'a user who can impersonate groups (and users): on the binding of the first step',
      yaml: clusterRole('proxy', 'impersonate||groups,users') + clusterRoleBinding('proxy', 'proxy', 'User:jane'),
      findings: [{ line: 11, severity: 'high', message: 'User jane reaches cluster-admin in 2 steps: impersonate Group system:masters → member of system:masters: cluster-admin' }],
    },
    {
      name: "kube-system's Secrets through pods there",
      yaml: serviceAccount('ci', 'runner') + role('kube-system', 'r', 'create|batch|jobs') + roleBinding('kube-system', 'b', 'Role/r', 'ServiceAccount:ci/runner'),
      findings: [{ line: 3, severity: 'medium', message: "ServiceAccount ci/runner reaches kube-system's Secrets in 2 steps: create pods in namespace kube-system → mount kube-system's Secrets into a pod" }],
    },
  ],
});
