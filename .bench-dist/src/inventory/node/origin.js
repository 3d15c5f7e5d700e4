// Objects are identities, so the origin rides beside them without touching the object's content.
const origins = new WeakMap();
export function setNodeOrigin(object, origin) {
    origins.set(object, origin);
}
/** The node file an object came from; undefined for objects read from ordinary manifests. */
export function nodeOrigin(object) {
    return origins.get(object);
}
//# sourceMappingURL=origin.js.map