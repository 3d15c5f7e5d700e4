import { type Node as YamlNode } from 'yaml';
/** Where a finding points: 1-based line and column, plus the JSON pointer inside the object. */
export interface Location {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    /** JSON pointer of the field inside the object (not the file). */
    readonly path: string;
}
/** The text of one input file, with a line index built on first use. */
export declare class SourceText {
    readonly file: string;
    readonly text: string;
    private lineStarts;
    constructor(file: string, text: string);
    /** 1-based line and column of a character offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
}
/**
 * Finds the source position of a JSON pointer inside one loaded object. Positions are computed
 * lazily, on the first finding that needs one: parsing with positions costs far more than
 * parsing values, and most fields never need a location.
 */
export interface Locator {
    /**
     * Offsets in the file of the fields at `pointers`, each or its nearest existing ancestor. One call
     * parses the object once and keeps nothing, so callers batch the pointers of one object.
     */
    offsetsOf(pointers: readonly string[]): number[];
}
/**
 * One YAML document of a file, shared by the locators of every object in it. A `kind: List` (what
 * `kubectl get -o yaml` prints) holds every object of the cluster in one document: its items are
 * indexed once, by one pass over the document's lines, and each item is then located inside its
 * own slice of text, so locating stays linear in the document instead of quadratic.
 */
export declare class YamlDocument {
    readonly source: SourceText;
    readonly start: number;
    readonly end: number;
    /** Offsets of the items of a top-level block sequence, by its key (`items`; '' for a root sequence), plus its end. */
    private readonly sequences;
    constructor(source: SourceText, start: number, end: number);
    offsetsOf(prefix: readonly string[], pointers: readonly string[]): number[];
    /** Line-start offsets of the items of the top-level block sequence at `key`, then its end; null when it is not one. */
    private items;
}
/** One object in a YAML document: the whole document, or an item at `prefix` (`/items/3`, `/3`). */
export declare class YamlDocumentLocator implements Locator {
    private readonly document;
    private readonly prefix;
    constructor(document: YamlDocument, prefix: string);
    offsetsOf(pointers: readonly string[]): number[];
}
/**
 * One pass over a document's lines: where each item of the block sequence under the top-level key
 * `key` (or of the root sequence, for '') starts, and where the sequence ends. Null when the value
 * is not a plain block sequence (a flow sequence, an anchor, a tab in the indentation...): the
 * caller then reads the whole document. Lines inside the items cannot be mistaken for items: in
 * block context, every line of an item's content (block scalars and multi-line strings included)
 * is indented deeper than the item's dash.
 */
export declare function blockSequenceItems(text: string, start: number, end: number, key: string): number[] | null;
/** The exact answer from a full positional parse: the reference the fast path is tested against. */
export declare function yamlOffset(root: YamlNode | null, segments: readonly string[]): number;
/** One object inside a JSON file; `range` is the object's own slice of the text. */
export declare class JsonObjectLocator implements Locator {
    private readonly source;
    private readonly range;
    constructor(source: SourceText, range: () => readonly [number, number]);
    offsetsOf(pointers: readonly string[]): number[];
}
