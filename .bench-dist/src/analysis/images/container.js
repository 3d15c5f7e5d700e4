import { joinPointer } from '../../inventory/pointer.js';
import { parseImageReference } from './reference.js';
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
/** Keyed by the container object, so a result lives exactly as long as the inventory holding it. */
const cache = new WeakMap();
export function containerImage(c) {
    let result = cache.get(c.container);
    if (!result) {
        const pointer = joinPointer(c.pointer, 'image');
        const image = c.container.image;
        if (typeof image !== 'string' || image === '')
            result = { state: 'missing', pointer };
        else {
            const parsed = parseImageReference(image);
            result = parsed.ok ? { state: 'valid', pointer, image, reference: parsed.reference } : { state: 'invalid', pointer, image, error: parsed.error };
        }
        cache.set(c.container, result);
    }
    return result;
}
/**
 * The tag the runtime pulls: the written one, or `latest` when there is neither tag nor digest
 * (pkg/apis/core/v1/defaults.go parseImageName).
 */
export function effectiveTag(ref) {
    return ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
}
/**
 * The API server's default when `imagePullPolicy` is empty (SetDefaults_Container): `Always` when
 * the effective tag is `latest`, else `IfNotPresent`. An unparsable image gets `IfNotPresent`.
 */
export function defaultPullPolicy(ref) {
    return ref && effectiveTag(ref) === 'latest' ? 'Always' : 'IfNotPresent';
}
/** The container's pull policy and whether the manifest set it (an unknown value counts as unset). */
export function pullPolicy(c) {
    const pointer = joinPointer(c.pointer, 'imagePullPolicy');
    const written = c.container.imagePullPolicy;
    if (typeof written === 'string' && PULL_POLICIES.includes(written))
        return { value: written, explicit: true, pointer };
    const image = containerImage(c);
    return { value: defaultPullPolicy(image.state === 'valid' ? image.reference : undefined), explicit: false, pointer };
}
//# sourceMappingURL=container.js.map