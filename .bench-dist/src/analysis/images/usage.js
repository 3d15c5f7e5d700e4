import { containerImage } from './container.js';
function computeImageUsage(inventory) {
    const uses = [];
    const byRepository = new Map();
    const registryCounts = new Map();
    for (const pod of inventory.podSpecs()) {
        for (const container of pod.containers) {
            const parsed = containerImage(container);
            if (parsed.state !== 'valid')
                continue; // images.invalid-reference reports those
            const use = { pod, container, image: parsed.image, reference: parsed.reference, pointer: parsed.pointer };
            uses.push(use);
            let list = byRepository.get(parsed.reference.name);
            if (!list)
                byRepository.set(parsed.reference.name, (list = []));
            list.push(use);
            registryCounts.set(parsed.reference.registry, (registryCounts.get(parsed.reference.registry) ?? 0) + 1);
        }
    }
    return { uses, byRepository, registryCounts };
}
/** Memoized per inventory: the checks and `rampart images` share one pass over the containers. */
export function imageUsage(inventory) {
    return inventory.analysis(computeImageUsage, null);
}
/** `Kind/namespace/name` of the workload that runs a use: how people name it in messages. */
export function workloadName(use) {
    const o = use.pod.owner;
    return o.namespace !== undefined ? `${o.kind}/${o.namespace}/${o.name}` : `${o.kind}/${o.name}`;
}
//# sourceMappingURL=usage.js.map