import { defineCheck } from '../check.js';
import { DASHBOARD_DOCS, dashboardsOption, describeDashboard, exposuresOf, findDashboards } from './common.js';

export default defineCheck({
  meta: {
    id: 'dashboards.insecure-login',
    title: 'Dashboard accepts logins over plain HTTP',
    severity: 'medium',
    category: 'dashboards',
    area: 'rbac',
    rationale:
      'With `--enable-insecure-login` the Kubernetes Dashboard shows its login form on its plain-HTTP port too, so the ' +
      'bearer token or kubeconfig a user signs in with crosses the network unencrypted and can be read by anyone on the ' +
      'path, then replayed against the API server with that user\'s full permissions. It is high when the Dashboard is ' +
      'reachable from outside the cluster.',
    remediation:
      'Remove `--enable-insecure-login` (and `--insecure-bind-address`/`--insecure-port` that serve HTTP) and serve the ' +
      'Dashboard over HTTPS only, with `--auto-generate-certificates` or `--tls-cert-file`/`--tls-key-file`, or terminate ' +
      'TLS at an Ingress in front of it.',
    references: {
      nsa: ['auth.authentication', 'network.encryption'],
      mitre: ['T1133', 'T1040'],
      microsoft: ['MS-TA9005', 'MS-TA9032'],
      kcsa: ['threat-model', 'platform-security'],
      docs: DASHBOARD_DOCS,
    },
    options: { dashboards: dashboardsOption() },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const d of findDashboards(ctx.inventory, ctx.options.dashboards)) {
      if (d.insecureLogin.length === 0) continue;
      const exposures = exposuresOf(ctx.inventory, d).filter((e) => e.fromAnywhere);
      ctx.report({
        object: d.view.owner,
        pointer: d.insecureLogin[0].pointer,
        key: d.container.name,
        severity: exposures.length > 0 ? 'high' : undefined,
        message:
          `${describeDashboard(d)} runs with ${d.insecureLogin[0].text}: tokens typed into its login page may cross the network unencrypted` +
          (exposures.length > 0 ? `, and it is reachable from outside the cluster (${exposures[0].how})` : ''),
        evidence: { dashboard: d.kind.name, container: d.container.name, settings: d.insecureLogin.map((s) => s.text), exposedBy: exposures.map((e) => e.how) },
      });
    }
  },
});
