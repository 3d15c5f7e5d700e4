import { defineCheck } from '../check.js';
import { auditLevel, AUDIT_LEVELS, type AuditLevel, type AuditRequest } from '../../analysis/components/audit-policy.js';
import type { InventoryObject } from '../../inventory/object.js';

const ALICE = { user: 'alice@example.com', groups: ['system:authenticated'] };
const rank = (l: AuditLevel): number => AUDIT_LEVELS.indexOf(l);

interface Concern {
  readonly key: string;
  readonly requests: readonly AuditRequest[];
  /** The problem, given the level the policy gives the first request that has it. */
  readonly problem: (level: AuditLevel) => string | undefined;
  readonly severity: 'high' | 'medium' | 'low';
}

const SENSITIVE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const WRITE_VERBS = ['create', 'update', 'patch', 'delete'];
const req = (verb: string, resource: string, group = '', subresource?: string): AuditRequest => ({ ...ALICE, verb, group, resource, subresource, namespace: 'shop', name: 'x' });

const CONCERNS: readonly Concern[] = [
  ...(['secrets', 'configmaps'] as const).map(
    (resource): Concern => ({
      key: resource,
      requests: SENSITIVE_VERBS.map((v) => req(v, resource)),
      problem: (level) =>
        rank(level) > rank('Metadata')
          ? `logs the contents of ${resource} (level ${level}): audit logs then hold the data they protect`
          : level === 'None'
            ? `does not record access to ${resource} (level None)`
            : undefined,
      severity: resource === 'secrets' ? 'high' : 'medium',
    }),
  ),
  {
    key: 'tokenreviews',
    requests: [{ ...ALICE, verb: 'create', group: 'authentication.k8s.io', resource: 'tokenreviews' }],
    problem: (level) => (rank(level) > rank('Metadata') ? `logs TokenReview bodies (level ${level}), which contain bearer tokens` : undefined),
    severity: 'high',
  },
  {
    key: 'exec',
    requests: [req('create', 'pods', '', 'exec'), req('create', 'pods', '', 'portforward'), req('get', 'pods', '', 'proxy'), req('get', 'services', '', 'proxy'), req('create', 'pods', '', 'attach')],
    problem: (level) => (level === 'None' ? 'does not record exec, attach, port-forward or proxy into pods and services' : undefined),
    severity: 'medium',
  },
  {
    key: 'workload-changes',
    requests: [...WRITE_VERBS.map((v) => req(v, 'pods')), ...WRITE_VERBS.map((v) => req(v, 'deployments', 'apps'))],
    problem: (level) => (level === 'None' ? 'does not record changes to pods and deployments' : undefined),
    severity: 'medium',
  },
  {
    key: 'rbac-changes',
    requests: ['roles', 'clusterroles', 'rolebindings', 'clusterrolebindings'].flatMap((r) => WRITE_VERBS.map((v) => req(v, r, 'rbac.authorization.k8s.io'))),
    problem: (level) => (level !== 'RequestResponse' ? `records changes to RBAC roles and bindings at ${level}, not RequestResponse: what was granted is not in the log` : undefined),
    severity: 'low',
  },
  {
    key: 'catch-all',
    requests: [{ ...ALICE, verb: 'create', group: 'widgets.example.com', resource: 'widgets', namespace: 'shop', name: 'w' }, { ...ALICE, verb: 'get', path: '/version' }],
    problem: (level) => (level === 'None' ? 'has no catch-all rule: requests no rule names (custom resources, new APIs) are not recorded; end with `- level: Metadata`' : undefined),
    severity: 'medium',
  },
];

export default defineCheck({
  meta: {
    id: 'controlplane.audit-policy-coverage',
    title: 'Audit policy misses key security events or logs secret data',
    severity: 'medium',
    category: 'controlplane',
    area: 'threat-detection',
    rationale:
      'An audit policy is evaluated rule by rule, and the first rule that matches a request decides its level (None, Metadata, ' +
      'Request, RequestResponse). A useful policy records access to Secrets, ConfigMaps and TokenReviews at Metadata only (the ' +
      'request and response bodies would copy the secrets and tokens into the log), records exec, attach, port-forward and proxy ' +
      'sessions and changes to pods and deployments, keeps the full request and response of RBAC changes, and ends with a ' +
      'catch-all rule so that nothing goes unrecorded. Rampart evaluates the policy the way the API server does against requests ' +
      'of an ordinary authenticated user.',
    remediation:
      'Order the rules from specific to general, for example:\n\n```yaml\napiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n' +
      '- level: Metadata\n  resources:\n  - {group: "", resources: [secrets, configmaps]}\n  - {group: authentication.k8s.io, resources: [tokenreviews]}\n' +
      '- level: RequestResponse\n  resources:\n  - {group: rbac.authorization.k8s.io, resources: [roles, clusterroles, rolebindings, clusterrolebindings]}\n' +
      '- level: Request\n  verbs: [create, update, patch, delete]\n  resources:\n  - {group: "", resources: [pods, pods/exec, pods/attach, pods/portforward]}\n  - {group: apps, resources: [deployments]}\n' +
      '- level: Metadata\n```',
    references: {
      cis: ['logging.audit-policy-coverage'],
      nsa: ['logging.audit-logging'],
      mitre: ['T1562.008', 'T1552.007'],
      kcsa: ['cluster-component-security', 'threat-model'],
      docs: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
  },
  applies: (inventory) => policies(inventory.ofKind('Policy')).length > 0,
  run(ctx) {
    for (const policy of policies(ctx.inventory.ofKind('Policy'))) {
      for (const concern of CONCERNS) {
        for (const request of concern.requests) {
          const { level, rule } = auditLevel(policy.object, request);
          const problem = concern.problem(level);
          if (!problem) continue;
          const what = request.resource ? `${request.verb} ${request.group ? `${request.resource}.${request.group}` : request.resource}${request.subresource ? `/${request.subresource}` : ''}` : `${request.verb} ${request.path}`;
          ctx.report({
            object: policy,
            pointer: rule === undefined ? '/rules' : `/rules/${rule}`,
            message: `audit policy "${policy.name}" ${problem} (e.g. ${what}${rule === undefined ? ': no rule matches' : `: rule ${rule + 1}`})`,
            evidence: { concern: concern.key, request: what, level, rule: rule === undefined ? null : rule + 1 },
            severity: concern.severity,
            key: concern.key,
          });
          break;
        }
      }
    }
  },
});

function policies(objects: readonly InventoryObject[]): InventoryObject[] {
  return objects.filter((o) => o.ref.apiVersion.startsWith('audit.k8s.io/'));
}
