import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { describeContainer, effectiveSetting } from '../../analysis/security-context.js';
/** UIDs and GIDs below this are commonly allocated to users and services on the host. */
const MIN_ID = 10000;
export default defineCheck({
    meta: {
        id: 'workload.low-uid-gid',
        title: 'Container runs with a low UID or GID',
        severity: 'low',
        category: 'workload',
        area: 'pod-security',
        rationale: `Without user namespaces, a container's UID is the same number on the host. Low IDs (below ${MIN_ID} by default) are where host ` +
            'users and system services live, so a process that escapes the container, or a file it writes to a host mount, acts ' +
            'with the rights of a real host account. A high, dedicated UID and GID own nothing on the host. UID 0 is reported by ' +
            'pss.run-as-non-root and pss.run-as-user instead.',
        remediation: `Run as a dedicated high UID and GID:\n\n\`\`\`yaml\nsecurityContext:\n  runAsNonRoot: true\n  runAsUser: ${MIN_ID + 1}\n  runAsGroup: ${MIN_ID + 1}\n\`\`\``,
        references: {
            nsa: ['pod-security.non-root'],
            mitre: ['T1611'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
        },
        options: {
            minId: option.integer(MIN_ID, 'The lowest UID and GID that cannot collide with a host user or group.', { minimum: 1 }),
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            if (pod.spec.hostUsers === false)
                continue; // user namespaces map container IDs away from host IDs
            for (const c of pod.containers) {
                for (const field of ['runAsUser', 'runAsGroup']) {
                    const id = effectiveSetting(pod, c, field);
                    if (typeof id.value !== 'number' || id.value >= ctx.options.minId)
                        continue;
                    if (field === 'runAsUser' && id.value === 0)
                        continue;
                    ctx.report({
                        object: pod.owner,
                        pointer: id.pointer,
                        key: `${c.kind}[${c.name}]/${field}`,
                        message: `${describeContainer(c)} runs with ${field}=${id.value} (set at ${id.from} level), below ${ctx.options.minId}: it may collide with a host ${field === 'runAsUser' ? 'user' : 'group'}`,
                        evidence: { container: c.name, [field]: id.value, from: id.from },
                    });
                }
            }
        }
    },
});
//# sourceMappingURL=low-uid-gid.js.map