/** RFC 6901 JSON pointers: how findings point into an object. */
export function escapeSegment(segment) {
    return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
export function joinPointer(base, ...segments) {
    let out = base;
    for (const s of segments)
        out += '/' + escapeSegment(s);
    return out;
}
export function parsePointer(pointer) {
    if (pointer === '' || pointer === '/')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Reads the value at a pointer, or undefined. */
export function getAtPointer(root, pointer) {
    let node = root;
    for (const seg of parsePointer(pointer)) {
        if (Array.isArray(node))
            node = node[Number(seg)];
        else if (typeof node === 'object' && node !== null)
            node = node[seg];
        else
            return undefined;
    }
    return node;
}
//# sourceMappingURL=pointer.js.map