import { defineCheck } from '../check.js';
import type { Permission } from '../../analysis/rbac/index.js';
import { hasBindings, lower, reportGrants, severityByScope } from './grants.js';

/** Getting into a running container: exec and attach (POST create, or GET with a websocket upgrade), port-forward, ephemeral debug containers. */
const INTO_PODS: readonly Permission[] = [
  { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'exec' },
  { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'attach' },
  { verbs: ['create', 'get'], apiGroup: '', resource: 'pods', subresource: 'portforward' },
  { verbs: ['update', 'patch'], apiGroup: '', resource: 'pods', subresource: 'ephemeralcontainers' },
];

export default defineCheck({
  meta: {
    id: 'rbac.pod-exec',
    title: 'Can exec, attach, port-forward or add debug containers to pods',
    severity: 'high',
    category: 'rbac',
    area: 'rbac',
    rationale:
      '`pods/exec` and `pods/attach` run commands inside a running container: its files, its environment variables (passwords), its mounted ' +
      'service account token, its network position. `pods/ephemeralcontainers` adds a debug container to a running pod, with any image. ' +
      '`pods/portforward` reaches ports that network policy and the Service never exposed. Exec is authorized as `create` (or `get` for the ' +
      'websocket upgrade older clients use), so both count. In kube-system the pods include the control plane\'s.',
    remediation:
      'Remove exec from standing roles; grant it for an incident, narrowed to the pods concerned, and record its use with the audit log:\n\n' +
      '```yaml\nrules:\n- apiGroups: [""]\n  resources: ["pods/exec"]\n  resourceNames: ["postgres-0"]\n  verbs: ["create"]\n```',
    references: {
      nsa: ['auth.rbac'],
      mitre: ['T1609', 'T1552.007'],
      microsoft: ['MS-TA9006'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#ephemeral-containers', 'https://kubernetes.io/docs/reference/access-authn-authz/authorization/#determine-the-request-verb'],
    },
    options: {
      severity: severityByScope({ cluster: 'critical', 'kube-system': 'critical', namespace: 'medium' }, 'access into running pods'),
    },
  },
  applies: hasBindings,
  run(ctx) {
    reportGrants(ctx, {
      permissions: INTO_PODS,
      severity: ctx.options.severity,
      consequence: (grant, matches) =>
        matches.every((m) => m.resourceNames.length > 0)
          ? 'commands run inside those pods, with their tokens and environment'
          : grant.namespace === undefined
            ? 'commands run inside any pod of the cluster, with its service account token and environment'
            : `commands run inside any pod of ${grant.namespace}, with its service account token and environment`,
      adjust: (severity, _g, matches) => (matches.every((m) => m.resourceNames.length > 0) ? lower(severity) : severity),
    });
  },
});
