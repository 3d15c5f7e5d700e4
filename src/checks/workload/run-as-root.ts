import { defineCheck, containerKey } from '../check.js';
import { describeContainer, effectiveSetting } from '../../analysis/security-context.js';

const LEVEL = { container: 'the container', pod: 'the pod', unset: 'neither level' } as const;

export default defineCheck({
  meta: {
    id: 'workload.run-as-root',
    title: 'Container may run as root',
    severity: 'high',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'A container runs as the user its image says, and most images say root (UID 0). Root in a container is root on the host ' +
      'as far as the kernel is concerned (unless user namespaces are in use): any kernel bug, writable host mount or runtime flaw ' +
      'that lets the process out of the container hands it root on the node. Setting runAsNonRoot: true makes the kubelet refuse ' +
      'to start a container whose user is root; runAsUser picks a non-root UID explicitly. Both can be set on the pod and ' +
      'overridden per container. In a pod with hostUsers: false (a user namespace) root maps to an unprivileged UID on the ' +
      'node, so the finding drops to low.',
    remediation:
      'Run as a non-root user, set once for the pod (a container can still override it):\n\n' +
      '```yaml\nspec:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 10001\n    runAsGroup: 10001\n```\n\n' +
      'Never set `runAsUser: 0`.',
    references: {
      cis: ['5.2.7'],
      nsa: ['Pod security: Non-root containers and "rootless" container engines', 'Pod security: Pod security enforcement'],
      mitre: ['T1611', 'T1068'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [
        'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      ],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        const user = effectiveSetting(pod, c, 'runAsUser');
        const nonRoot = effectiveSetting(pod, c, 'runAsNonRoot');
        const uid = typeof user.value === 'number' ? user.value : undefined;
        // With a user namespace, UID 0 in the container is an unprivileged UID on the host.
        const userNamespace = pod.spec.hostUsers === false;
        const severity = userNamespace ? ('low' as const) : undefined;
        const userNamespaceNote = userNamespace ? '; spec.hostUsers: false maps it to an unprivileged UID on the node' : '';
        const evidence = {
          container: c.name,
          runAsUser: uid ?? null,
          runAsUserFrom: uid === undefined ? 'unset' : user.from,
          runAsNonRoot: nonRoot.value ?? null,
          runAsNonRootFrom: nonRoot.from,
          hostUsers: pod.spec.hostUsers ?? null,
        };
        if (uid === 0) {
          // Explicit root wins: with runAsNonRoot the kubelet refuses to start it, which is a
          // broken manifest rather than a safe one.
          const conflict = nonRoot.value === true ? ` (runAsNonRoot: true on ${LEVEL[nonRoot.from]} contradicts it; the kubelet will refuse to start it)` : '';
          ctx.report({
            object: pod.owner,
            pointer: user.pointer,
            key: containerKey(c),
            severity,
            message: `${describeContainer(c)} runs as root: securityContext.runAsUser is 0, set on ${LEVEL[user.from]}${conflict}${userNamespaceNote}`,
            evidence,
          });
          continue;
        }
        if (uid !== undefined || nonRoot.value === true) continue;
        const why =
          nonRoot.from === 'unset'
            ? 'securityContext.runAsNonRoot and runAsUser are unset on the pod and the container'
            : `securityContext.runAsNonRoot is false, set on ${LEVEL[nonRoot.from]}, and runAsUser is unset`;
        ctx.report({
          object: pod.owner,
          // An explicit runAsNonRoot: false is the field to change; otherwise where it belongs on the container.
          pointer: nonRoot.pointer,
          key: containerKey(c),
          severity,
          message: `${describeContainer(c)} may run as root: ${why}, so the image's USER decides (root unless the image says otherwise)${userNamespaceNote}`,
          evidence,
        });
      }
    }
  },
});
