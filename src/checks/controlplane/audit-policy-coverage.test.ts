import check from './audit-policy-coverage.js';
import { testCheck, yaml } from '../testing.js';

const good = yaml`
  apiVersion: audit.k8s.io/v1
  kind: Policy
  metadata: {name: policy}
  omitStages: [RequestReceived]
  rules:
  - level: None
    users: [system:kube-proxy]
    verbs: [watch]
    resources:
    - {group: "", resources: [endpoints, services]}
  - level: Metadata
    resources:
    - {group: "", resources: [secrets, configmaps]}
    - {group: authentication.k8s.io, resources: [tokenreviews]}
  - level: RequestResponse
    resources:
    - {group: rbac.authorization.k8s.io, resources: [roles, clusterroles, rolebindings, clusterrolebindings]}
  - level: Request
    verbs: [create, update, patch, delete]
    resources:
    - {group: "", resources: ["pods/*"]}
    - {group: apps, resources: [deployments]}
  - level: Metadata
`;

testCheck(check, {
  pass: [
    { name: 'specific rules first, catch-all last', yaml: good },
    { name: 'a Metadata catch-all covers everything but RBAC detail', yaml: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nmetadata: {name: p}\nrules:\n- level: RequestResponse\n  resources:\n  - group: rbac.authorization.k8s.io\n- level: Metadata\n' },
  ],
  fail: [
    {
      name: 'RequestResponse for everything: Secrets and tokens copied into the log',
      yaml: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nmetadata: {name: p}\nrules:\n- level: RequestResponse\n',
      findings: [
        { message: 'logs TokenReview bodies', severity: 'high', line: 5 },
        { message: 'logs the contents of secrets (level RequestResponse)', severity: 'high', line: 5 },
        { message: 'logs the contents of configmaps', severity: 'medium', line: 5 },
      ],
    },
    {
      name: 'a catch-all that comes too early hides the rules after it',
      yaml: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nmetadata: {name: p}\nrules:\n- level: None\n  resources:\n  - group: ""\n- level: Metadata\n',
      findings: [
        { message: 'does not record access to secrets (level None)' },
        { message: 'does not record exec' },
        { message: 'does not record changes to pods' },
        { message: 'does not record access to configmaps' },
        { message: 'records changes to RBAC roles and bindings at Metadata', line: 8 },
      ],
    },
    {
      name: 'no catch-all',
      yaml: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nmetadata: {name: p}\nrules:\n- level: Metadata\n  resources:\n  - {group: "", resources: [secrets, configmaps, pods, pods/exec, pods/attach, pods/portforward, pods/proxy, services/proxy]}\n  - {group: authentication.k8s.io, resources: [tokenreviews]}\n  - {group: apps, resources: [deployments]}\n- level: RequestResponse\n  resources:\n  - {group: rbac.authorization.k8s.io}\n',
      findings: [{ message: 'has no catch-all rule' }],
    },
  ],
});
