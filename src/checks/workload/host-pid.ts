import { defineCheck } from '../check.js';
import { capabilityEntries, describeContainer, quoteNames } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
import type { ContainerView } from '../../inventory/pod-spec.js';

/** What turns seeing host processes into controlling them. */
function hostProcessControl(c: ContainerView): string | undefined {
  if (c.container.securityContext?.privileged === true) return 'is privileged';
  const cap = capabilityEntries(c, 'add').find((e) => e.name === 'SYS_PTRACE' || e.name === 'SYS_ADMIN' || e.name === 'ALL');
  return cap ? `adds ${cap.name}` : undefined;
}

export default defineCheck({
  meta: {
    id: 'workload.host-pid',
    title: 'Pod shares the host process namespace',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'With hostPID: true the pod\'s containers see every process on the node, can read their command lines and environment ' +
      '(which often hold secrets) and can signal them. With SYS_PTRACE they can inject code into host processes, and a ' +
      'privileged container can `nsenter` into PID 1\'s namespaces: a root shell on the node. Only node-level agents need it.',
    remediation: 'Remove `hostPID: true` (it defaults to false):\n\n```yaml\nspec:\n  hostPID: false\n```',
    references: {
      cis: ['5.2.3'],
      nsa: ['Pod security: Pod security enforcement'],
      mitre: ['T1611', 'T1055', 'T1057'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (pod.spec.hostPID !== true) continue;
      const names = pod.containers.map((c) => c.name);
      const control = pod.containers.flatMap((c) => {
        const how = hostProcessControl(c);
        return how ? [`${describeContainer(c)} ${how}`] : [];
      });
      const worse = control.length ? `; ${control.join(', ')}, so it can take over host processes` : '';
      ctx.report({
        object: pod.owner,
        pointer: joinPointer(pod.pointer, 'hostPID'),
        key: 'hostPID',
        message: `pod shares the node's process namespace (spec.hostPID: true): container${names.length === 1 ? '' : 's'} ${quoteNames(names)} ${names.length === 1 ? 'sees' : 'see'} every process on the node${worse}`,
        evidence: { hostPID: true, containers: names, ...(control.length ? { canControlHostProcesses: control } : {}) },
      });
    }
  },
});
