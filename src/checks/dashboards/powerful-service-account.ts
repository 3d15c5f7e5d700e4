import { defineCheck } from '../check.js';
import { rbacAnalysis, type PowerGrant, type PowerLevel, type SubjectPower } from '../../analysis/rbac/index.js';
import { escalationGraph } from '../../analysis/rbac/paths.js';
import { option } from '../options.js';
import { DASHBOARD_DOCS, dashboardsOption, describeDashboard, findDashboards, openToAnyone, powerOf } from './common.js';

const LEVELS: readonly PowerLevel[] = ['cluster-admin', 'escalate', 'read-secrets', 'create-pods', 'limited', 'none'];

export default defineCheck({
  meta: {
    id: 'dashboards.powerful-service-account',
    title: 'Dashboard runs as a powerful service account',
    severity: 'high',
    category: 'dashboards',
    area: 'rbac',
    rationale:
      'A dashboard or admin console talks to the API server with its pod\'s service account token. When that account is ' +
      'cluster-admin, can grant itself more, can read Secrets or can create pods, then a flaw in the console, a stolen ' +
      'session, a skipped login or a shell into its pod hands that power to the attacker. The classic mistake is binding ' +
      'the Kubernetes Dashboard\'s account to cluster-admin "so that it can show everything": the Dashboard is designed to ' +
      'act with each user\'s own token, and its account needs only its own Secrets and metrics. The finding is critical ' +
      'for cluster-admin or escalation power, or when the console lets anyone in (no login, login disabled or skippable).',
    remediation:
      'Bind the console\'s service account to a minimal Role (the upstream Dashboard manifest\'s `kubernetes-dashboard` Role ' +
      'and ClusterRole are the model) and let users sign in with their own tokens. Give people who need cluster-admin ' +
      'their own account with `kubectl create token`, not the dashboard\'s:\n\n' +
      '```yaml\n# remove\nkind: ClusterRoleBinding\nroleRef: {kind: ClusterRole, name: cluster-admin}\nsubjects:\n- {kind: ServiceAccount, name: kubernetes-dashboard, namespace: kubernetes-dashboard}\n```',
    references: {
      nsa: ['auth.rbac', 'pod-security.service-account-tokens'],
      mitre: ['T1078.001', 'T1528'],
      microsoft: ['MS-TA9032', 'MS-TA9016'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [...DASHBOARD_DOCS, 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions'],
    },
    options: {
      dashboards: dashboardsOption(),
      levels: option.table<PowerLevel>(
        ['cluster-admin', 'escalate', 'read-secrets', 'create-pods'],
        'RBAC power levels of the service account that are reported (see `rampart rbac can`): cluster-admin, escalate, read-secrets, create-pods, limited, none.',
        { enum: LEVELS },
      ),
      ignoreOwnNamespace: option.boolean(true, 'Do not report reading Secrets or creating pods confined to the console\'s own namespace (where Argo CD, for one, keeps its state by design).'),
    },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const d of findDashboards(ctx.inventory, ctx.options.dashboards)) {
      const power = powerOf(ctx.inventory, d);
      if (!ctx.options.levels.includes(power.level)) continue;
      const full = ctx.inventory.analysis(rbacAnalysis, undefined).serviceAccountPower(d.view.namespace, power.serviceAccount);
      // Steps to cluster-admin along the escalation graph (creating pods that mount a stronger account...).
      const graph = power.level === 'cluster-admin' ? undefined : ctx.inventory.analysis(escalationGraph, undefined);
      const node = graph?.idOf('ServiceAccount', power.serviceAccount, d.view.namespace);
      const steps = node !== undefined ? graph!.distance(node, 'cluster-admin') : undefined;
      if (ctx.options.ignoreOwnNamespace && ownNamespaceOnly(full, d.view.namespace) && steps === undefined) continue;
      const open = openToAnyone(d);
      const critical = power.level === 'cluster-admin' || power.level === 'escalate' || steps !== undefined || open;
      const grant = grantsText(full.grants);
      ctx.report({
        object: d.view.owner,
        pointer: `${d.view.pointer}/serviceAccountName`,
        key: d.container.name,
        severity: critical ? 'critical' : undefined,
        message:
          `${describeDashboard(d)} runs as service account "${power.serviceAccount}", which ${power.level === 'cluster-admin' ? 'is cluster-admin' : power.summary}` +
          (grant ? ` (${grant})` : '') +
          (steps !== undefined ? `; it can become cluster-admin in ${steps} step${steps === 1 ? '' : 's'} (rampart rbac paths)` : '') +
          (open ? '; and the console lets anyone in' : ''),
        evidence: { dashboard: d.kind.name, container: d.container.name, serviceAccount: power.serviceAccount, namespace: d.view.namespace, power: power.level, ...(steps !== undefined && { stepsToClusterAdmin: steps }), openToAnyone: open },
      });
    }
  },
});

/** Reading Secrets or creating pods only in its own namespace, where consoles such as Argo CD keep their state. */
function ownNamespaceOnly(p: SubjectPower, namespace: string): boolean {
  if (p.level !== 'read-secrets' && p.level !== 'create-pods') return false;
  const only = (scope: '*' | readonly string[]) => scope !== '*' && scope.every((ns) => ns === namespace);
  return only(p.readSecrets) && only(p.createPods);
}

/** The first bindings that give the account its power, in words. */
function grantsText(all: readonly PowerGrant[]): string {
  // cluster-admin first, then cluster-wide bindings: they are usually where the power comes from.
  const rank = (g: PowerGrant) => (g.role.name === 'cluster-admin' ? 0 : g.namespace === undefined ? 1 : 2);
  const grants = [...all].sort((a, b) => rank(a) - rank(b));
  const shown = grants.slice(0, 2).map((g) => `${g.binding.kind} ${g.binding.name} → ${g.role.kind} ${g.role.name}`);
  return shown.length === 0 ? '' : `${shown.join(', ')}${grants.length > 2 ? `, and ${grants.length - 2} more` : ''}`;
}
