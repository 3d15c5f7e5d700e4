/**
 * The pod as the checks see it: a thin, allocation-light wrapper over the raw (unvalidated) object.
 *
 * Values come from user manifests, so every read is defensive. The Go checks read a typed, decoded
 * and defaulted `corev1.PodSpec`; the readers here give the same answers for any input the API
 * server would accept: a field that is absent or `null` is Go's nil, and a value of the wrong
 * JSON type (which the API server would refuse to decode) is treated as absent.
 */
import { escapeSegment } from '../../inventory/pointer.js';
export function isRec(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
export function rec(value) {
    return isRec(value) ? value : undefined;
}
export function arr(value) {
    return Array.isArray(value) ? value : EMPTY;
}
/** A Go `string` field: absent, null or non-string reads as "". */
export function str(value) {
    return typeof value === 'string' ? value : '';
}
const EMPTY = Object.freeze([]);
/** Go's visitContainers order (policy/visitor.go): init containers, containers, ephemeral containers. */
export const CONTAINER_KINDS = ['initContainers', 'containers', 'ephemeralContainers'];
export class PodContext {
    spec;
    metadata;
    specPointer;
    metadataPointer;
    /** The pod-level securityContext, or undefined (nil). */
    podSC;
    lists;
    /** Whether the object is a bare Pod (true) or a pod template inside a controller. */
    barePod;
    constructor(input) {
        this.spec = rec(input.spec) ?? {};
        this.metadata = rec(input.metadata);
        this.specPointer = input.pointer ?? '/spec';
        this.metadataPointer = input.metadataPointer ?? '/metadata';
        this.podSC = rec(this.spec.securityContext);
        this.lists = [arr(this.spec.initContainers), arr(this.spec.containers), arr(this.spec.ephemeralContainers)];
        this.barePod = input.owner === undefined || input.owner.kind === 'Pod';
    }
    get annotations() {
        return rec(this.metadata?.annotations);
    }
    /** `podSpec.OS != nil && podSpec.OS.Name == corev1.Windows` */
    get isWindows() {
        return rec(this.spec.os)?.name === 'windows';
    }
    /** policy/helpers.go relaxPolicyForUserNamespacePod: `podSpec.HostUsers != nil && !*podSpec.HostUsers`. */
    get userNamespace() {
        return this.spec.hostUsers === false;
    }
    /** Visits every container in Go's order. */
    visit(fn) {
        for (let k = 0; k < 3; k++) {
            const list = this.lists[k];
            const kind = CONTAINER_KINDS[k];
            for (let i = 0; i < list.length; i++) {
                const c = list[i];
                if (isRec(c))
                    fn(c, kind, i);
            }
        }
    }
    containerPointer(kind, index, ...path) {
        let p = `${this.specPointer}/${kind}/${index}`;
        for (const seg of path)
            p += '/' + escapeSegment(seg);
        return p;
    }
    specField(...path) {
        let p = this.specPointer;
        for (const seg of path)
            p += '/' + escapeSegment(seg);
        return p;
    }
    metadataField(...path) {
        let p = this.metadataPointer;
        for (const seg of path)
            p += '/' + escapeSegment(seg);
        return p;
    }
}
/** A container's securityContext, or undefined (nil). */
export function sc(c) {
    return rec(c.securityContext);
}
/** `container.Name` */
export function nameOf(c) {
    return str(c.name);
}
//# sourceMappingURL=pod.js.map