import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { jsonFieldOffset } from './json-scan.js';
import { parsePointer } from './pointer.js';
import { fastYamlOffset } from './yaml-fast-locate.js';
/** The text of one input file, with a line index built on first use. */
export class SourceText {
    file;
    text;
    lineStarts;
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    /** 1-based line and column of a character offset. */
    position(offset) {
        const starts = (this.lineStarts ??= indexLines(this.text));
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    }
}
function indexLines(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    const starts = new Uint32Array(count);
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts[n++] = i + 1;
    return starts;
}
/**
 * One YAML document of a file, shared by the locators of every object in it. A `kind: List` (what
 * `kubectl get -o yaml` prints) holds every object of the cluster in one document: its items are
 * indexed once, by one pass over the document's lines, and each item is then located inside its
 * own slice of text, so locating stays linear in the document instead of quadratic.
 */
export class YamlDocument {
    source;
    start;
    end;
    /** Offsets of the items of a top-level block sequence, by its key (`items`; '' for a root sequence), plus its end. */
    sequences = new Map();
    constructor(source, start, end) {
        this.source = source;
        this.start = start;
        this.end = end;
    }
    offsetsOf(prefix, pointers) {
        const text = this.source.text;
        // an item of a top-level sequence: its own slice, as a one-item sequence
        let from = this.start;
        let to = this.end;
        let base = prefix;
        const key = prefix.length === 2 ? prefix[0] : prefix.length === 1 ? '' : undefined;
        if (key !== undefined) {
            const items = this.items(key);
            const i = Number(prefix[prefix.length - 1]);
            if (items && Number.isInteger(i) && i >= 0 && i < items.length - 1) {
                from = items[i];
                to = items[i + 1];
                base = ['0'];
            }
        }
        let root;
        return pointers.map((pointer) => {
            const segments = [...base, ...parsePointer(pointer)];
            const fast = fastYamlOffset(text, from, to, segments);
            if (fast !== undefined)
                return fast;
            root ??= parsedDocument(text, from, to);
            return from + yamlOffset(root, segments);
        });
    }
    /** Line-start offsets of the items of the top-level block sequence at `key`, then its end; null when it is not one. */
    items(key) {
        let items = this.sequences.get(key);
        if (items === undefined)
            this.sequences.set(key, (items = blockSequenceItems(this.source.text, this.start, this.end, key)));
        return items;
    }
}
/** The last document parsed with positions, for objects that the fast path cannot read (one at a time: a tree costs far more than its text). */
let lastParsed;
function parsedDocument(text, from, to) {
    if (lastParsed?.text !== text || lastParsed.from !== from || lastParsed.to !== to) {
        lastParsed = { text, from, to, root: parseDocument(text.slice(from, to), { uniqueKeys: false }).contents };
    }
    return lastParsed.root;
}
/** One object in a YAML document: the whole document, or an item at `prefix` (`/items/3`, `/3`). */
export class YamlDocumentLocator {
    document;
    prefix;
    constructor(document, prefix) {
        this.document = document;
        this.prefix = parsePointer(prefix);
    }
    offsetsOf(pointers) {
        return this.document.offsetsOf(this.prefix, pointers);
    }
}
/**
 * One pass over a document's lines: where each item of the block sequence under the top-level key
 * `key` (or of the root sequence, for '') starts, and where the sequence ends. Null when the value
 * is not a plain block sequence (a flow sequence, an anchor, a tab in the indentation...): the
 * caller then reads the whole document. Lines inside the items cannot be mistaken for items: in
 * block context, every line of an item's content (block scalars and multi-line strings included)
 * is indented deeper than the item's dash.
 */
export function blockSequenceItems(text, start, end, key) {
    let pos = start;
    let rootIndent = -1;
    let seqIndent = -1;
    const items = [];
    while (pos < end) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1 || eol > end)
            eol = end;
        let k = pos;
        while (k < eol && text.charCodeAt(k) === 32)
            k++;
        const c = text.charCodeAt(k);
        const blank = k >= eol || c === 35 /* # */ || c === 13;
        if (!blank) {
            if (text.charCodeAt(k) === 9)
                return null; // a tab where indentation is read
            const indent = k - pos;
            const dash = c === 45 /* - */ && (k + 1 >= eol || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 13);
            if (seqIndent === -1) {
                if (key === '') {
                    if (!dash)
                        return null;
                    seqIndent = indent;
                    items.push(pos);
                }
                else {
                    if (rootIndent === -1)
                        rootIndent = indent;
                    if (indent === rootIndent && text.startsWith(key, k)) {
                        const after = k + key.length;
                        let colon = after;
                        while (colon < eol && text.charCodeAt(colon) === 32)
                            colon++;
                        if (text.charCodeAt(colon) === 58 /* : */) {
                            let rest = colon + 1;
                            while (rest < eol && (text.charCodeAt(rest) === 32 || text.charCodeAt(rest) === 13))
                                rest++;
                            if (rest < eol && text.charCodeAt(rest) !== 35)
                                return null; // a value on the key's line: flow, or not a sequence
                            seqIndent = -2; // the sequence starts on a later line
                        }
                    }
                }
            }
            else if (seqIndent === -2) {
                if (!dash || indent < rootIndent)
                    return null;
                seqIndent = indent;
                items.push(pos);
            }
            else {
                if (indent < seqIndent || (indent === seqIndent && !dash))
                    break;
                if (indent === seqIndent)
                    items.push(pos);
            }
        }
        pos = eol + 1;
    }
    if (items.length === 0)
        return null;
    items.push(Math.min(pos, end));
    return items;
}
/** The exact answer from a full positional parse: the reference the fast path is tested against. */
export function yamlOffset(root, segments) {
    let node = root;
    let best = node?.range?.[0] ?? 0;
    for (const seg of segments) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
            if (!pair)
                break;
            // Point at the key, as editors and code-scanning UIs expect.
            best = pair.key.range?.[0] ?? best;
            node = pair.value ?? null;
        }
        else if (isSeq(node)) {
            const item = node.items[Number(seg)];
            if (!item?.range)
                break;
            best = item.range[0];
            node = item;
        }
        else
            break;
    }
    return best;
}
/** One object inside a JSON file; `range` is the object's own slice of the text. */
export class JsonObjectLocator {
    source;
    range;
    constructor(source, range) {
        this.source = source;
        this.range = range;
    }
    offsetsOf(pointers) {
        const [start] = this.range();
        return pointers.map((pointer) => jsonFieldOffset(this.source.text, start, parsePointer(pointer)));
    }
}
//# sourceMappingURL=source.js.map