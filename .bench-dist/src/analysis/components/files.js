import { dirname } from 'node:path';
import { nodeOrigin } from '../../inventory/node/origin.js';
import { basename } from './flags.js';
/**
 * The object a component's flag points to (`--encryption-provider-config=/etc/kubernetes/enc/x.yaml`):
 * in a node bundle, the file collected from that exact path on the same node; among plain input
 * files, one of the wanted kinds with the same file name (in the component's directory first), or
 * the only one of its kind. Undefined when the input does not hold it.
 */
export function referencedObject(inventory, c, path, kinds) {
    const candidates = kinds.flatMap((k) => inventory.ofKind(k));
    const origin = nodeOrigin(c.object);
    if (origin)
        return candidates.find((o) => nodeOrigin(o)?.node === origin.node && nodeOrigin(o)?.path === path);
    const plain = candidates.filter((o) => !nodeOrigin(o));
    const name = basename(path);
    const sameName = plain.filter((o) => basename(o.file) === name);
    return sameName.find((o) => dirname(o.file) === c.directory) ?? sameName[0] ?? (plain.length === 1 ? plain[0] : undefined);
}
//# sourceMappingURL=files.js.map