import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { jsonFieldOffsets } from './json-scan.js';
import { parsePointer } from './pointer.js';
import { fastYamlLocate } from './yaml-fast-locate.js';

/** Where a finding points: 1-based line and column, plus the JSON pointer inside the object. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** JSON pointer of the field inside the object (not the file). */
  readonly path: string;
}

/** The text of one input file, with a line index built on first use. */
export class SourceText {
  private lineStarts: Uint32Array | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= indexLines(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

function indexLines(text: string): Uint32Array {
  // one pass over the text, growing the index as lines are found
  let starts = new Uint32Array(Math.max(16, text.length >> 5));
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (n === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = i + 1;
  }
  return starts.slice(0, n); // an exact copy: the spare capacity is freed
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
  /**
   * For objects whose fields are set in several files (a kustomize base and its overlay's patches):
   * the file and offset of each field. Absent: every field is in the object's own source.
   */
  sourcesOf?(pointers: readonly string[]): { source: SourceText; offset: number }[];
}

/**
 * One YAML document of a file, shared by the locators of every object in it. A `kind: List` (what
 * `kubectl get -o yaml` prints) holds every object of the cluster in one document: its items are
 * indexed once, by one pass over the document's lines, and each item is then located inside its
 * own slice of text, so locating stays linear in the document instead of quadratic.
 */
export class YamlDocument {
  /** Offsets of the items of a top-level block sequence, by its key (`items`; '' for a root sequence), plus its end. */
  private readonly sequences = new Map<string, readonly number[] | null>();

  constructor(
    readonly source: SourceText,
    readonly start: number,
    readonly end: number,
  ) {}

  offsetsOf(prefix: readonly string[], pointers: readonly string[]): number[] {
    return this.locateAll(prefix, pointers).map((l) => l.offset);
  }

  /** Offsets of the fields, each with how many segments of its pointer were found (the rest is missing). */
  locateAll(prefix: readonly string[], pointers: readonly string[]): { offset: number; depth: number }[] {
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
    let root: YamlNode | null | undefined;
    return pointers.map((pointer) => {
      const segments = [...base, ...parsePointer(pointer)];
      const fast = fastYamlLocate(text, from, to, segments);
      const found = fast ?? yamlLocate((root ??= parsedDocument(text, from, to)), segments);
      return { offset: fast ? found.offset : from + found.offset, depth: Math.max(0, found.depth - base.length) };
    });
  }

  /** Line-start offsets of the items of the top-level block sequence at `key`, then its end; null when it is not one. */
  private items(key: string): readonly number[] | null {
    let items = this.sequences.get(key);
    if (items === undefined) this.sequences.set(key, (items = blockSequenceItems(this.source.text, this.start, this.end, key)));
    return items;
  }
}

/** The last document parsed with positions, for objects that the fast path cannot read (one at a time: a tree costs far more than its text). */
let lastParsed: { text: string; from: number; to: number; root: YamlNode | null } | undefined;

function parsedDocument(text: string, from: number, to: number): YamlNode | null {
  if (lastParsed?.text !== text || lastParsed.from !== from || lastParsed.to !== to) {
    lastParsed = { text, from, to, root: parseDocument(text.slice(from, to), { uniqueKeys: false }).contents as YamlNode | null };
  }
  return lastParsed.root;
}

/** One object in a YAML document: the whole document, or an item at `prefix` (`/items/3`, `/3`). */
export class YamlDocumentLocator implements Locator {
  private readonly prefix: readonly string[];

  constructor(
    private readonly document: YamlDocument,
    prefix: string,
  ) {
    this.prefix = parsePointer(prefix);
  }

  offsetsOf(pointers: readonly string[]): number[] {
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
export function blockSequenceItems(text: string, start: number, end: number, key: string): number[] | null {
  let pos = start;
  let rootIndent = -1;
  let seqIndent = -1;
  const items: number[] = [];
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    let k = pos;
    while (k < eol && text.charCodeAt(k) === 32) k++;
    const c = text.charCodeAt(k);
    const blank = k >= eol || c === 35 /* # */ || c === 13;
    if (!blank) {
      if (text.charCodeAt(k) === 9) return null; // a tab where indentation is read
      const indent = k - pos;
      const dash = c === 45 /* - */ && (k + 1 >= eol || text.charCodeAt(k + 1) === 32 || text.charCodeAt(k + 1) === 13);
      if (seqIndent === -1) {
        if (key === '') {
          if (!dash) return null;
          seqIndent = indent;
          items.push(pos);
        } else {
          if (rootIndent === -1) rootIndent = indent;
          if (indent === rootIndent && text.startsWith(key, k)) {
            const after = k + key.length;
            let colon = after;
            while (colon < eol && text.charCodeAt(colon) === 32) colon++;
            if (text.charCodeAt(colon) === 58 /* : */) {
              let rest = colon + 1;
              while (rest < eol && (text.charCodeAt(rest) === 32 || text.charCodeAt(rest) === 13)) rest++;
              if (rest < eol && text.charCodeAt(rest) !== 35) return null; // a value on the key's line: flow, or not a sequence
              seqIndent = -2; // the sequence starts on a later line
            }
          }
        }
      } else if (seqIndent === -2) {
        if (!dash || indent < rootIndent) return null;
        seqIndent = indent;
        items.push(pos);
      } else {
        if (indent < seqIndent || (indent === seqIndent && !dash)) break;
        if (indent === seqIndent) items.push(pos);
      }
    }
    pos = eol + 1;
  }
  if (items.length === 0) return null;
  items.push(Math.min(pos, end));
  return items;
}

/** The exact answer from a full positional parse: the reference the fast path is tested against. */
export function yamlOffset(root: YamlNode | null, segments: readonly string[]): number {
  return yamlLocate(root, segments).offset;
}

/** The offset, and how many segments of the pointer were found. */
export function yamlLocate(root: YamlNode | null, segments: readonly string[]): { offset: number; depth: number } {
  let node: YamlNode | null = root;
  let best = node?.range?.[0] ?? 0;
  let depth = 0;
  for (const seg of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      // Point at the key, as editors and code-scanning UIs expect.
      best = (pair.key as YamlNode).range?.[0] ?? best;
      node = (pair.value as YamlNode | null) ?? null;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as YamlNode | undefined;
      if (!item?.range) break;
      best = item.range[0];
      node = item;
    } else break;
    depth++;
  }
  return { offset: best, depth };
}

/** One object inside a JSON file; `range` is the object's own slice of the text. */
export class JsonObjectLocator implements Locator {
  constructor(
    private readonly source: SourceText,
    private readonly range: () => readonly [number, number],
  ) {}

  offsetsOf(pointers: readonly string[]): number[] {
    const [start] = this.range();
    return jsonFieldOffsets(this.source.text, start, pointers.map(parsePointer));
  }
}
