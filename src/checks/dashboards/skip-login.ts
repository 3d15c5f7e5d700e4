import { defineCheck } from '../check.js';
import { DASHBOARD_DOCS, dashboardsOption, describeDashboard, exposuresOf, findDashboards, powerOf, powerPhrase } from './common.js';

export default defineCheck({
  meta: {
    id: 'dashboards.skip-login',
    title: 'Dashboard lets visitors skip the login',
    severity: 'high',
    category: 'dashboards',
    area: 'rbac',
    rationale:
      'With `--enable-skip-login` the Kubernetes Dashboard\'s login page has a "Skip" button: whoever reaches the page, ' +
      'through `kubectl proxy`, a port-forward, a NodePort or an Ingress, uses the cluster with the permissions of the ' +
      'Dashboard\'s own service account instead of their own. Many tutorials combine it with a cluster-admin binding for ' +
      'that account, which makes the Dashboard an unauthenticated cluster-admin console: the way attackers mined ' +
      'cryptocurrency on a carmaker\'s cloud account. The finding is critical when the account is cluster-admin or can ' +
      'escalate, or when the Dashboard is reachable from outside the cluster.',
    remediation:
      'Remove the flag (it is off by default) so that every user signs in with their own token or kubeconfig:\n\n' +
      '```yaml\n        args:\n        - --auto-generate-certificates\n        - --namespace=kubernetes-dashboard\n        # - --enable-skip-login   (removed)\n```',
    references: {
      nsa: ['auth.authentication', 'auth.rbac'],
      mitre: ['T1133', 'T1078.001'],
      microsoft: ['MS-TA9005', 'MS-TA9032'],
      kcsa: ['threat-model', 'security-fundamentals'],
      docs: DASHBOARD_DOCS,
    },
    options: { dashboards: dashboardsOption() },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const d of findDashboards(ctx.inventory, ctx.options.dashboards)) {
      if (d.skipLogin.length === 0) continue;
      const power = powerOf(ctx.inventory, d);
      const exposures = exposuresOf(ctx.inventory, d).filter((e) => e.fromAnywhere);
      const critical = power.level === 'cluster-admin' || power.level === 'escalate' || exposures.length > 0;
      ctx.report({
        object: d.view.owner,
        pointer: d.skipLogin[0].pointer,
        key: d.container.name,
        severity: critical ? 'critical' : undefined,
        message:
          `${describeDashboard(d)} runs with ${d.skipLogin[0].text}: anyone who reaches it can skip the login and act as ${powerPhrase(power)}` +
          (exposures.length > 0 ? `, and it is reachable from outside the cluster (${exposures[0].how})` : ''),
        evidence: { dashboard: d.kind.name, container: d.container.name, settings: d.skipLogin.map((s) => s.text), serviceAccount: power.serviceAccount, power: power.level, exposedBy: exposures.map((e) => e.how) },
      });
    }
  },
});
