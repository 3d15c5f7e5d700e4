import { defineCheck } from '../check.js';
import { quoteNames } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';

export default defineCheck({
  meta: {
    id: 'workload.host-network',
    title: 'Pod shares the host network namespace',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'With hostNetwork: true the pod does not get its own network stack: it uses the node\'s. Its containers see every ' +
      'interface of the node, can sniff traffic of other pods, bind any port on the node, and reach services that listen ' +
      'only on the node\'s localhost, such as the kubelet\'s read-only port or a cloud metadata endpoint. NetworkPolicy ' +
      'does not apply to host-network pods the way it does to others. Only node-level agents (CNI plugins, kube-proxy) need it.',
    remediation:
      'Remove `hostNetwork: true` (it defaults to false) and expose the application through a Service instead:\n\n' +
      '```yaml\nspec:\n  hostNetwork: false\n```',
    references: {
      cis: ['5.2.5'],
      nsa: ['Pod security: Pod security enforcement'],
      mitre: ['T1040', 'T1557', 'T1552.005'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (pod.spec.hostNetwork !== true) continue;
      const names = pod.containers.map((c) => c.name);
      ctx.report({
        object: pod.owner,
        pointer: joinPointer(pod.pointer, 'hostNetwork'),
        key: 'hostNetwork',
        message:
          `pod shares the node's network namespace (spec.hostNetwork: true): container${names.length === 1 ? '' : 's'} ${quoteNames(names)} ` +
          `${names.length === 1 ? 'sees' : 'see'} every interface of the node, can bind any of its ports and reach services on the node's localhost`,
        evidence: { hostNetwork: true, containers: names },
      });
    }
  },
});
