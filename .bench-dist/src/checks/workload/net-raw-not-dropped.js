import { defineCheck, containerKey } from '../check.js';
import { capabilityEntries, describeContainer, isWindowsPod } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'workload.net-raw-not-dropped',
        title: 'Container keeps the NET_RAW capability',
        severity: 'medium',
        category: 'workload',
        area: 'pod-security',
        rationale: 'NET_RAW is in the default capability set of containerd, CRI-O and Docker. It lets a process open raw and packet sockets: ' +
            'enough to forge ARP replies and DNS answers to other pods on the same node (spoofing, man-in-the-middle) and to craft ' +
            'packets that exploit kernel network bugs. Few applications need it (ping is the usual one, and modern ping does not). ' +
            'A container keeps it unless it drops NET_RAW or ALL; a privileged container has it whatever it drops.',
        remediation: 'Drop all capabilities (or at least NET_RAW) on every container:\n\n```yaml\nsecurityContext:\n  capabilities:\n    drop: ["ALL"]\n```',
        references: {
            cis: ['policies.net-raw-capability'],
            nsa: ['pod-security.hardening-container-environments'],
            mitre: ['T1557.002', 'T1040'],
            microsoft: ['MS-TA9036'],
            kcsa: ['security-fundamentals', 'threat-model'],
            docs: [
                'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-capabilities-for-a-container',
                'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
            ],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            if (isWindowsPod(pod))
                continue;
            for (const c of pod.containers) {
                const report = (pointer, why) => ctx.report({
                    object: pod.owner,
                    pointer,
                    key: containerKey(c),
                    message: `${describeContainer(c)} keeps NET_RAW: ${why}`,
                    evidence: {
                        container: c.name,
                        drop: capabilityEntries(c, 'drop').map((e) => e.raw),
                        add: capabilityEntries(c, 'add').map((e) => e.raw),
                    },
                });
                if (c.container.securityContext?.privileged === true) {
                    report(joinPointer(c.pointer, 'securityContext', 'privileged'), 'it is privileged, and privileged containers have every capability whatever they drop');
                    continue;
                }
                const added = capabilityEntries(c, 'add').find((e) => e.name === 'NET_RAW');
                if (added) {
                    report(added.pointer, 'securityContext.capabilities.add lists it');
                    continue;
                }
                const drop = capabilityEntries(c, 'drop');
                if (drop.some((e) => e.name === 'NET_RAW' || e.name === 'ALL'))
                    continue;
                const dropPointer = joinPointer(c.pointer, 'securityContext', 'capabilities', 'drop');
                report(dropPointer, drop.length ? 'securityContext.capabilities.drop lists neither NET_RAW nor ALL' : 'securityContext.capabilities.drop is empty or unset, and NET_RAW is in the runtime\'s default set');
            }
        }
    },
});
//# sourceMappingURL=net-raw-not-dropped.js.map