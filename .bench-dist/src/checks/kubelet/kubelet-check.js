import { defineCheck } from '../check.js';
import { findKubelets, KUBELET_FIELDS } from '../../analysis/components/kubelet.js';
export function kubelets(inventory) {
    return inventory.analysis(findKubelets, undefined);
}
/**
 * A check over every kubelet the input describes (KubeletConfiguration files, kubelet command
 * lines, node bundles), on its effective configuration: flags over the file over the defaults.
 */
export function kubeletCheck(spec) {
    const { evaluate, ...meta } = spec;
    return defineCheck({
        meta,
        applies: (inventory) => kubelets(inventory).length > 0,
        run(ctx) {
            for (const k of kubelets(ctx.inventory)) {
                const found = evaluate(k, { inventory: ctx.inventory, options: ctx.options });
                if (!found)
                    continue;
                for (const p of Array.isArray(found) ? found : [found]) {
                    ctx.report({ object: p.from.object, pointer: p.from.pointer, message: p.message, evidence: { ...p.evidence, source: source(p.from) }, severity: p.severity, key: p.key });
                }
            }
        },
    });
}
/** Says where a value comes from, for messages: "set by --read-only-port=10255", "the default". */
export function origin(from) {
    switch (from.source) {
        case 'flag':
            return `set on the command line (${from.text})`;
        case 'file':
            return `set in the config file (${from.pointer.slice(1).replaceAll('/', '.')})`;
        case 'default':
            return from.defaults === 'file' ? 'the config file leaves it to the default' : 'no config file or flag sets it: the command-line default';
    }
}
function source(from) {
    return from.source === 'default' ? `default (${from.defaults === 'file' ? 'KubeletConfiguration v1beta1' : 'command line'})` : from.source;
}
/** "The kubelet of worker-1" for messages. */
export function kubeletName(k) {
    return `the kubelet of "${k.name}"`;
}
/** How to set a field, in both forms. */
export function howToSet(field, value) {
    const spec = KUBELET_FIELDS[field];
    return spec.path ? `set ${spec.path.join('.')}: ${value} in the KubeletConfiguration (or --${spec.flag}=${value})` : `--${spec.flag}=${value}`;
}
//# sourceMappingURL=kubelet-check.js.map