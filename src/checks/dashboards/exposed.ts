import { defineCheck } from '../check.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { Dashboard } from '../../analysis/dashboards.js';
import { networkAnalysis } from '../../analysis/netpol/index.js';
import { DEFAULT_NETPOL_OPTIONS } from '../../analysis/netpol/model.js';
import { DASHBOARD_DOCS, dashboardsOption, describeDashboard, exposuresOf, findDashboards, openToAnyone, powerOf, powerPhrase } from './common.js';

export default defineCheck({
  meta: {
    id: 'dashboards.exposed',
    title: 'Dashboard or admin console reachable from outside the cluster',
    severity: 'high',
    category: 'dashboards',
    area: 'network',
    rationale:
      'A dashboard or admin console (Kubernetes Dashboard, Argo CD, Weave Scope, kube-ops-view, Headlamp, Rancher, Jenkins) ' +
      'behind a LoadBalancer or NodePort Service, an Ingress, hostNetwork or a hostPort can be found by internet-wide ' +
      'scanners within hours, and every weakness of its login is then open to the world: the Tesla cryptomining incident ' +
      'started from a Kubernetes Dashboard reachable without a password. The finding is critical when the console lets ' +
      'anyone in (no login, login disabled or skippable); it is medium when the only exposures are limited to source ' +
      'ranges or internal load balancers, or when NetworkPolicy admits no source outside the cluster into its pods.',
    remediation:
      'Keep the console\'s Service `type: ClusterIP` and reach it with `kubectl port-forward` or `kubectl proxy`, or publish it ' +
      'only through an Ingress with authentication in front and limited source ranges:\n\n' +
      '```yaml\nspec:\n  type: ClusterIP   # not NodePort or LoadBalancer\n```',
    references: {
      nsa: ['network.network-policies', 'auth.authentication'],
      mitre: ['T1133', 'T1190'],
      microsoft: ['MS-TA9005', 'MS-TA9032'],
      kcsa: ['threat-model', 'platform-security'],
      docs: [...DASHBOARD_DOCS, 'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types'],
    },
    options: { dashboards: dashboardsOption() },
  },
  applies: (inventory) => inventory.podSpecs().length > 0,
  run(ctx) {
    for (const d of findDashboards(ctx.inventory, ctx.options.dashboards)) {
      const exposures = exposuresOf(ctx.inventory, d);
      if (exposures.length === 0) continue;
      const open = openToAnyone(d);
      const wide = exposures.filter((e) => e.fromAnywhere);
      // Through a Service or a hostPort, traffic from outside arrives from an address outside the
      // cluster's pods, which only ipBlock rules (or rules with no peers) admit. Through an Ingress it
      // arrives from the controller's pods, and NetworkPolicy does not apply to hostNetwork pods.
      const blocked = exposures.every((e) => e.object.kind !== 'Ingress') && d.view.spec.hostNetwork !== true && !admitsOutside(ctx.inventory, d);
      const limited = wide.length === 0 || blocked;
      const first = (wide.length > 0 ? wide : exposures)[0];
      ctx.report({
        object: d.view.owner,
        pointer: d.view.metadataPointer,
        key: d.container.name,
        severity: limited ? 'medium' : open ? 'critical' : undefined,
        message:
          `${describeDashboard(d)} is reachable from outside the cluster: ${first.how}` +
          (exposures.length > 1 ? ` (and ${exposures.length - 1} more)` : '') +
          (wide.length === 0 ? ', limited to source ranges or an internal load balancer' : '') +
          (blocked ? ', though NetworkPolicy admits no source outside the cluster into its pods' : '') +
          (open ? `; it lets anyone in, with the permissions of ${powerPhrase(powerOf(ctx.inventory, d))}` : ''),
        evidence: {
          dashboard: d.kind.name,
          container: d.container.name,
          recognizedBy: d.recognizedBy,
          exposedBy: exposures.map((e) => e.how),
          fromAnywhere: wide.length > 0,
          networkPolicyBlocksOutside: blocked,
          openToAnyone: open,
        },
      });
    }
  },
});

/** Whether some NetworkPolicy rule (or the absence of any) admits traffic from addresses outside the cluster into the dashboard's pods. */
function admitsOutside(inventory: Inventory, d: Dashboard): boolean {
  const { model, engine } = inventory.analysis(networkAnalysis, DEFAULT_NETPOL_OPTIONS);
  const pod = model.pods.find((p) => p.view === d.view);
  if (!pod) return true;
  return engine.ingressExternal(engine.classOf(pod).dst).some((a) => !a.conn.isEmpty());
}
