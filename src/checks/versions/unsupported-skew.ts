import { defineCheck } from '../check.js';
import { formatKubeVersion, minorDistance, minorOf, type KubeVersion } from '../../analysis/versions/version.js';
import type { VersionGroup } from '../../analysis/versions/cluster.js';
import { applies, describeGroup, reportOn, VERSION_DOCS, versionsOf } from './common.js';

/**
 * The version skew policy (https://kubernetes.io/releases/version-skew-policy/), measured against
 * the oldest kube-apiserver as the policy says for HA clusters mid-upgrade:
 * - kube-apiserver instances: within one minor of each other;
 * - kubelet and kube-proxy: never newer than kube-apiserver; up to three minors older, or two
 *   when the kubelet is older than 1.25 (the policy allowed n-2 until Kubernetes 1.28 widened it
 *   to n-3, KEP-3935, for kubelets from 1.25 on);
 * - kube-controller-manager and kube-scheduler: never newer than kube-apiserver, at most one minor older.
 */
export function allowedLag(component: VersionGroup['component'], version: KubeVersion): number {
  if (component === 'kubelet' || component === 'kube-proxy') return version.major === 1 && version.minor < 25 ? 2 : 3;
  return 1;
}

export default defineCheck({
  meta: {
    id: 'versions.unsupported-skew',
    title: 'Component versions outside the Kubernetes version skew policy',
    severity: 'medium',
    category: 'versions',
    area: 'versions',
    rationale:
      'Kubernetes tests and supports only certain combinations of component versions: a kubelet never newer ' +
      'than the API server and at most three minor releases older (two for kubelets older than 1.25, the rule ' +
      'before Kubernetes 1.28), controller manager and scheduler at most one minor behind. Outside that window ' +
      'API fields and security features (NodeRestriction checks, bound service-account tokens, credential ' +
      'rotation) may silently not apply, and upgrades break; a lagging kubelet usually also means unpatched ' +
      'nodes nobody is tracking.',
    remediation: 'Upgrade the lagging components (usually the nodes\' kubelets) to within the policy\'s window, and never upgrade nodes past the control plane: control plane first, then nodes.',
    references: {
      nsa: ['upgrading.application-security'],
      mitre: ['T1068'],
      kcsa: ['cluster-component-security'],
      docs: VERSION_DOCS,
    },
  },
  applies(inventory, inputs) {
    return applies(inventory, inputs) && versionsOf({ inventory, config: inputs.config }).apiServers.length > 0;
  },
  run(ctx) {
    const versions = versionsOf(ctx);
    const servers = versions.apiServers;
    if (servers.length === 0) return;
    const oldest = servers[0];
    const newest = servers[servers.length - 1];
    for (const g of versions.groups) {
      const key = `${g.component} ${formatKubeVersion(g.version)}`;
      if (g.component === 'kube-apiserver') {
        const spread = minorDistance(g.version, oldest);
        if (spread > 1) {
          ctx.report(reportOn(g, { message: `${describeGroup(g)} is ${spread} minor releases ahead of another API server at ${formatKubeVersion(oldest)}: API servers must be within one minor of each other`, key, evidence: { apiServer: formatKubeVersion(oldest), skew: spread, allowed: 1 } }));
        }
        continue;
      }
      const lag = minorDistance(oldest, g.version);
      if (lag < 0) {
        ctx.report(
          reportOn(g, {
            severity: 'high',
            message: `${describeGroup(g)} is newer than the API server (${formatKubeVersion(oldest)}): a ${g.component} must never be newer than kube-apiserver`,
            key,
            evidence: { apiServer: formatKubeVersion(oldest), skew: lag, allowed: 0 },
          }),
        );
        continue;
      }
      const allowed = allowedLag(g.component, g.version);
      if (lag > allowed) {
        const rule = g.component === 'kubelet' || g.component === 'kube-proxy' ? (allowed === 2 ? ' (two for versions older than 1.25)' : ' (three since Kubernetes 1.28)') : '';
        ctx.report(
          reportOn(g, {
            message: `${describeGroup(g)} is ${lag} minor releases older than the API server (${formatKubeVersion(oldest)}); the skew policy allows ${allowed}${rule}`,
            key,
            evidence: { apiServer: formatKubeVersion(oldest), apiServerMinor: minorOf(oldest), ...(newest !== oldest ? { newestApiServer: formatKubeVersion(newest) } : {}), skew: lag, allowed },
          }),
        );
      }
    }
  },
});
