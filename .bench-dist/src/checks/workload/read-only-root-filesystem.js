import { defineCheck, containerKey } from '../check.js';
import { describeContainer, describeBoolean, isWindowsPod } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'workload.read-only-root-filesystem',
        title: 'Container root filesystem is writable',
        severity: 'medium',
        category: 'workload',
        area: 'pod-security',
        rationale: 'With a writable root filesystem, an attacker who gets code execution in the container can download tools, drop a web shell ' +
            'or change the application\'s own files and configuration, and the change lasts as long as the container does. ' +
            'readOnlyRootFilesystem: true makes the image immutable at run time; the application writes only to volumes you ' +
            'chose (an emptyDir for /tmp, a persistent volume for data), which also makes tampering easy to spot.',
        remediation: 'Make the root filesystem read-only and give the process explicit writable volumes where it needs them:\n\n' +
            '```yaml\ncontainers:\n- name: app\n  securityContext:\n    readOnlyRootFilesystem: true\n  volumeMounts:\n  - {name: tmp, mountPath: /tmp}\nvolumes:\n- {name: tmp, emptyDir: {}}\n```',
        references: {
            cis: ['policies.security-context'],
            nsa: ['pod-security.immutable-filesystem'],
            mitre: ['T1105', 'T1505.003'],
            kcsa: ['security-fundamentals', 'threat-model'],
            docs: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            if (isWindowsPod(pod))
                continue;
            for (const c of pod.containers) {
                const value = c.container.securityContext?.readOnlyRootFilesystem;
                if (value === true)
                    continue;
                ctx.report({
                    object: pod.owner,
                    pointer: joinPointer(c.pointer, 'securityContext', 'readOnlyRootFilesystem'),
                    key: containerKey(c),
                    message: `${describeContainer(c)} has a writable root filesystem: securityContext.readOnlyRootFilesystem ${describeBoolean(value, false)}`,
                    evidence: { container: c.name, readOnlyRootFilesystem: value ?? null },
                });
            }
        }
    },
});
//# sourceMappingURL=read-only-root-filesystem.js.map