import { isRecord } from '../../k8s/types.js';
import { apiGroup, isClusterScoped } from '../../k8s/scope.js';
import { InventoryObject } from '../object.js';
import { JsonObjectLocator, SourceText } from '../source.js';
import { schemaProblems } from '../validate.js';
/** Where cluster objects point: their API path, e.g. `cluster:/apis/apps/v1/namespaces/shop/deployments/web`. */
export const CLUSTER_SCHEME = 'cluster:';
const NO_TEXT = new SourceText('', '');
const NO_LOCATOR = { offsetsOf: (pointers) => pointers.map(() => 0) };
/**
 * An object read from a cluster (live or from a snapshot). It has no file: a finding points at its
 * API path, and the line and column of the field in the object printed as `kubectl get -o json`
 * prints it (keys sorted, four-space indent, no managedFields). Live and snapshot reads of the same
 * object therefore give the same locations, and the text is rendered only for objects with findings.
 */
export class ClusterObject extends InventoryObject {
    apiPath;
    constructor(object, ref, apiPath) {
        super(object, ref, NO_TEXT, NO_LOCATOR);
        this.apiPath = apiPath;
    }
    get file() {
        return this.apiPath;
    }
    locateAll(pointers) {
        const text = kubectlJson(this.object);
        const source = new SourceText(this.apiPath, text);
        const offsets = new JsonObjectLocator(source, () => [0, text.length]).offsetsOf(pointers);
        return offsets.map((offset, i) => ({ file: this.apiPath, ...source.position(offset), path: pointers[i] }));
    }
}
/** JSON as kubectl prints an object: keys sorted (Go's encoding of a map), four-space indent. */
export function kubectlJson(value) {
    return JSON.stringify(value, (_key, v) => (isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v), 4);
}
/**
 * Turns a cluster's objects into inventory objects. The rules are the file loader's: an object
 * must have apiVersion, kind and metadata.name; wrongly typed fields are diagnosed; the same identity
 * twice (API group, kind, namespace, name) is a duplicate, reported and ignored.
 */
export function clusterObjects(input) {
    const plural = new Map(input.resources.map((r) => [`${r.apiVersion}|${r.kind}`, r.resource]));
    const objects = [];
    const diagnostics = [];
    const seen = new Map();
    const error = (code, message) => void diagnostics.push({ severity: 'error', code, file: input.origin, message });
    input.items.forEach((item, i) => {
        const at = `item ${i}`;
        if (!isRecord(item))
            return error('not-a-mapping', `${at} is not a Kubernetes object`);
        const { apiVersion, kind, metadata } = item;
        if (typeof apiVersion !== 'string' || apiVersion === '' || typeof kind !== 'string' || kind === '')
            return error('missing-field', `${at} has no apiVersion or kind`);
        if (!isRecord(metadata) || typeof metadata.name !== 'string' || metadata.name === '')
            return error('missing-field', `${kind} (${at}) has no "metadata.name"`);
        const name = metadata.name;
        if (metadata.namespace !== undefined && typeof metadata.namespace !== 'string')
            return error('invalid-field', `${kind} "${name}": metadata.namespace must be a string`);
        const problems = schemaProblems(kind, item);
        if (problems.length > 0) {
            const shown = problems.slice(0, 3).map((p) => `${p.pointer || '/'} ${p.message}`);
            return error('invalid-field', `${kind} "${name}" would be rejected by the API server: ${shown.join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`);
        }
        const namespace = isClusterScoped(kind) ? undefined : metadata.namespace || 'default';
        const ref = { apiVersion, kind, namespace, name };
        const path = apiPath(ref, plural.get(`${apiVersion}|${kind}`) ?? `${kind.toLowerCase()}s`);
        const identity = `${apiGroup(apiVersion)}|${kind}|${namespace ?? ''}|${name}`;
        if (seen.has(identity))
            return error('duplicate-object', `duplicate object ${kind} "${namespace ? namespace + '/' : ''}${name}" (${at}): already read as ${seen.get(identity)}; this copy is ignored`);
        seen.set(identity, `${at}`);
        objects.push(new ClusterObject(item, ref, path));
    });
    return { objects, diagnostics };
}
function apiPath(ref, resource) {
    const base = ref.apiVersion.includes('/') ? `/apis/${ref.apiVersion}` : `/api/${ref.apiVersion}`;
    const ns = ref.namespace !== undefined ? `/namespaces/${ref.namespace}` : '';
    return `${CLUSTER_SCHEME}${base}${ns}/${resource}/${ref.name}`;
}
//# sourceMappingURL=objects.js.map