import { defineCheck } from '../check.js';
import { quoteNames } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';

export default defineCheck({
  meta: {
    id: 'workload.host-ipc',
    title: 'Pod shares the host IPC namespace',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'With hostIPC: true the pod\'s containers share System V IPC and POSIX message queues and shared memory with every ' +
      'process on the node. They can read or tamper with data other processes exchange through shared memory, including ' +
      'processes outside Kubernetes. Almost no workload needs it.',
    remediation: 'Remove `hostIPC: true` (it defaults to false):\n\n```yaml\nspec:\n  hostIPC: false\n```',
    references: {
      cis: ['5.2.4'],
      nsa: ['Pod security: Pod security enforcement'],
      mitre: ['T1559', 'T1005'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (pod.spec.hostIPC !== true) continue;
      const names = pod.containers.map((c) => c.name);
      ctx.report({
        object: pod.owner,
        pointer: joinPointer(pod.pointer, 'hostIPC'),
        key: 'hostIPC',
        message: `pod shares the node's IPC namespace (spec.hostIPC: true): container${names.length === 1 ? '' : 's'} ${quoteNames(names)} can reach the shared memory and message queues of every process on the node`,
        evidence: { hostIPC: true, containers: names },
      });
    }
  },
});
