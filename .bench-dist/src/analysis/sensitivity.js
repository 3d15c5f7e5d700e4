import { isRecord } from '../k8s/types.js';
function marked(meta, config) {
    const { key, value } = config.sensitivity;
    return meta?.labels?.[key] === value || meta?.annotations?.[key] === value;
}
/** Names of the Secrets a pod template uses: volumes, projected volumes, env and envFrom. */
export function secretsUsed(view) {
    const names = new Set();
    for (const v of view.spec.volumes ?? []) {
        if (v.secret?.secretName)
            names.add(v.secret.secretName);
        for (const source of v.projected?.sources ?? []) {
            const secret = source.secret;
            if (isRecord(secret) && typeof secret.name === 'string')
                names.add(secret.name);
        }
    }
    for (const { container } of view.containers) {
        for (const e of container.env ?? [])
            if (e.valueFrom?.secretKeyRef?.name)
                names.add(e.valueFrom.secretKeyRef.name);
        for (const e of container.envFrom ?? [])
            if (e.secretRef?.name)
                names.add(e.secretRef.name);
    }
    return names;
}
/**
 * A workload is sensitive when it, or its pod template, carries the configured label or annotation
 * (default `rampart.dev/sensitivity: high`), or when it uses a Secret that carries it.
 */
export function sensitivityReason(view, inventory, config) {
    const { key, value } = config.sensitivity;
    if (marked(view.owner.object.metadata, config) || marked(view.metadata, config))
        return `it is marked ${key}=${value}`;
    for (const name of [...secretsUsed(view)].sort()) {
        const secret = inventory.get('Secret', view.namespace, name);
        if (secret && marked(secret.object.metadata, config))
            return `it uses Secret "${name}", which is marked ${key}=${value}`;
    }
    return undefined;
}
/** Nodes marked sensitive with the same label, for placing sensitive workloads. */
export function isSensitiveNode(node, config) {
    return marked(node.metadata, config);
}
//# sourceMappingURL=sensitivity.js.map