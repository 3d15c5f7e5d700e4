/**
 * Kubernetes-shaped types for the fields Rampart reads. Objects come from user input, so every
 * field is optional unless the loader guarantees it (apiVersion, kind, metadata.name).
 */
/** Narrows an unknown JSON value to a plain object. */
export function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=types.js.map