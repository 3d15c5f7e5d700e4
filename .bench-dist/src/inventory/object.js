/** A loaded object together with where it came from. */
export class InventoryObject {
    object;
    ref;
    source;
    locator;
    origin;
    constructor(object, ref, source, locator, 
    /** 0-based index of the document in its file (a YAML document, or a JSON value of a stream), and of the item inside a List. */
    origin = { document: 0 }) {
        this.object = object;
        this.ref = ref;
        this.source = source;
        this.locator = locator;
        this.origin = origin;
    }
    get file() {
        return this.source.file;
    }
    get kind() {
        return this.ref.kind;
    }
    get name() {
        return this.ref.name;
    }
    get namespace() {
        return this.ref.namespace;
    }
    /** The field at `pointer` (or its nearest existing ancestor) as a file position. */
    locate(pointer) {
        return this.locateAll([pointer])[0];
    }
    /** Several fields at once: the object's text is parsed for positions only once. */
    locateAll(pointers) {
        return this.locator.offsetsOf(pointers).map((offset, i) => {
            const { line, column } = this.source.position(offset);
            return { file: this.source.file, line, column, path: pointers[i] };
        });
    }
}
/** `Kind/namespace/name`, or `Kind/name` when cluster-scoped. */
export function refToString(ref) {
    return ref.namespace !== undefined ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
//# sourceMappingURL=object.js.map