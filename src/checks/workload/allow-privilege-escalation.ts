import { defineCheck, containerKey } from '../check.js';
import { capabilityEntries, describeBoolean, describeContainer, isWindowsPod } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';

export default defineCheck({
  meta: {
    id: 'workload.allow-privilege-escalation',
    title: 'Container allows privilege escalation',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'allowPrivilegeEscalation controls the Linux no_new_privs flag. Unless it is false, a process in the container can gain ' +
      'more privileges than its parent, for example by running a setuid-root binary such as sudo or a vulnerable one shipped in the image. ' +
      'It defaults to true, so a container that never mentions it can escalate. Kubernetes also treats it as always true for ' +
      'privileged containers and for containers that add CAP_SYS_ADMIN, whatever the field says.',
    remediation:
      'Set `allowPrivilegeEscalation: false` on every container, and do not make it privileged or add SYS_ADMIN:\n\n' +
      '```yaml\nsecurityContext:\n  allowPrivilegeEscalation: false\n  capabilities:\n    drop: ["ALL"]\n```',
    references: {
      cis: ['5.2.6'],
      nsa: ['Pod security: Pod security enforcement', 'Pod security: Non-root containers and "rootless" container engines'],
      mitre: ['T1548.001', 'T1068'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      ],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (isWindowsPod(pod)) continue;
      for (const c of pod.containers) {
        const sc = c.container.securityContext;
        const fieldPointer = joinPointer(c.pointer, 'securityContext', 'allowPrivilegeEscalation');
        const value = sc?.allowPrivilegeEscalation;
        // Kubernetes: "AllowPrivilegeEscalation is true always when the container is 1) run as Privileged 2) has CAP_SYS_ADMIN".
        const sysAdmin = capabilityEntries(c, 'add').find((cap) => cap.name === 'SYS_ADMIN' || cap.name === 'ALL');
        const forcedBy =
          sc?.privileged === true
            ? { reason: 'it is privileged', pointer: joinPointer(c.pointer, 'securityContext', 'privileged') }
            : sysAdmin
              ? { reason: sysAdmin.name === 'ALL' ? 'it adds ALL capabilities, CAP_SYS_ADMIN included' : 'it adds CAP_SYS_ADMIN', pointer: sysAdmin.pointer }
              : undefined;
        if (value === false && !forcedBy) continue;
        const state = value === false ? 'is set to false but has no effect' : describeBoolean(value, true);
        const because = forcedBy ? `: Kubernetes treats it as always true because ${forcedBy.reason}` : '';
        ctx.report({
          object: pod.owner,
          // When the field says false, the field that overrides it is the one to change.
          pointer: value === false && forcedBy ? forcedBy.pointer : fieldPointer,
          key: containerKey(c),
          message: `${describeContainer(c)} can escalate privileges: securityContext.allowPrivilegeEscalation ${state}${because}`,
          evidence: { container: c.name, allowPrivilegeEscalation: value ?? null, ...(forcedBy ? { alwaysTrueBecause: forcedBy.reason } : {}) },
        });
      }
    }
  },
});
