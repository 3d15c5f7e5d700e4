import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';

export default defineCheck({
  meta: {
    id: 'workload.privileged',
    title: 'Privileged container',
    severity: 'critical',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'A privileged container runs with every Linux capability and all host devices, without seccomp or AppArmor confinement. ' +
      'Anyone who controls it can mount the host disk or load kernel modules: a container escape is one command away.',
    remediation: 'Remove `privileged: true`; grant only the specific capabilities the process needs:\n\n```yaml\nsecurityContext:\n  privileged: false\n  capabilities:\n    drop: ["ALL"]\n```',
    references: {
      cis: ['5.2.2'],
      nsa: ['Pod security: non-root and unprivileged containers'],
      mitre: ['T1611'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        if (c.container.securityContext?.privileged !== true) continue;
        ctx.report({
          object: pod.owner,
          pointer: joinPointer(c.pointer, 'securityContext', 'privileged'),
          key: containerKey(c),
          message: `${describeContainer(c)} runs privileged (securityContext.privileged=true)`,
          evidence: { container: c.name, privileged: true },
        });
      }
    }
  },
});
