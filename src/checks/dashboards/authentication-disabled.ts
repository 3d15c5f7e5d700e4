import { defineCheck } from '../check.js';
import { DASHBOARD_DOCS, dashboardsOption, describeDashboard, exposuresOf, findDashboards, powerOf, powerPhrase } from './common.js';

export default defineCheck({
  meta: {
    id: 'dashboards.authentication-disabled',
    title: 'Dashboard or admin console without authentication',
    severity: 'high',
    category: 'dashboards',
    area: 'rbac',
    rationale:
      'Some consoles have no login at all (Weave Scope, which also offers a shell into every container, and kube-ops-view), ' +
      'and others can be told to drop theirs (Argo CD\'s `--disable-auth` or `server.disable.auth`, and its anonymous ' +
      'user `users.anonymous.enabled`). Anyone who reaches such a console acts with everything the console can do: its ' +
      'service account\'s RBAC, and for Argo CD the right to deploy anything to every cluster it manages. The finding is ' +
      'critical when the console is reachable from outside the cluster or its service account is cluster-admin or can escalate.',
    remediation:
      'Turn authentication back on (remove `--disable-auth`, set `server.disable.auth: "false"` in `argocd-cmd-params-cm`, ' +
      'remove `users.anonymous.enabled` from `argocd-cm`). For consoles without a login, put an authenticating proxy in ' +
      'front of them (oauth2-proxy, an Ingress with external authentication) and keep their Service `ClusterIP`:\n\n' +
      '```yaml\nmetadata:\n  annotations:\n    nginx.ingress.kubernetes.io/auth-url: https://oauth2.example.com/oauth2/auth\n```',
    references: {
      nsa: ['auth.authentication', 'auth.rbac'],
      mitre: ['T1133', 'T1190'],
      microsoft: ['MS-TA9005', 'MS-TA9032'],
      kcsa: ['threat-model', 'security-fundamentals'],
      docs: [
        ...DASHBOARD_DOCS,
        'https://argo-cd.readthedocs.io/en/stable/operator-manual/argocd-cmd-params-cm-yaml/',
        'https://argo-cd.readthedocs.io/en/stable/operator-manual/user-management/#anonymous-access',
      ],
    },
    options: { dashboards: dashboardsOption() },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const d of findDashboards(ctx.inventory, ctx.options.dashboards)) {
      const noLogin = d.kind.authentication === 'none';
      if (!noLogin && d.authDisabled.length === 0) continue;
      const power = powerOf(ctx.inventory, d);
      const exposures = exposuresOf(ctx.inventory, d).filter((e) => e.fromAnywhere);
      const critical = power.level === 'cluster-admin' || power.level === 'escalate' || exposures.length > 0;
      const how = noLogin ? `has no authentication: anyone who reaches it uses it` : `runs with authentication turned off (${d.authDisabled.map((s) => s.text).join('; ')})`;
      ctx.report({
        object: d.view.owner,
        pointer: d.authDisabled.find((s) => s.pointer)?.pointer ?? d.container.pointer,
        key: d.container.name,
        severity: critical ? 'critical' : undefined,
        message:
          `${describeDashboard(d)} ${how}, with the permissions of ${powerPhrase(power)}` +
          (exposures.length > 0 ? `; it is reachable from outside the cluster (${exposures[0].how})` : ''),
        evidence: {
          dashboard: d.kind.name,
          container: d.container.name,
          recognizedBy: d.recognizedBy,
          settings: noLogin ? ['no authentication'] : d.authDisabled.map((s) => s.text),
          serviceAccount: power.serviceAccount,
          power: power.level,
          exposedBy: exposures.map((e) => e.how),
        },
      });
    }
  },
});
