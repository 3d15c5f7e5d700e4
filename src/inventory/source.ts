import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { jsonFieldOffset } from './json-scan.js';
import { parsePointer } from './pointer.js';
import { fastYamlOffset } from './yaml-fast-locate.js';

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
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[n++] = i + 1;
  return starts;
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

/** One YAML document: a slice of a file starting at `start`. Positions come from `yaml`. */
export class YamlDocumentLocator implements Locator {
  constructor(
    private readonly source: SourceText,
    private readonly start: number,
    private readonly end: number,
    /** Pointer prefix of the object inside the document, e.g. `/items/3` for a List item. */
    private readonly prefix: string,
  ) {}

  offsetsOf(pointers: readonly string[]): number[] {
    const text = this.source.text;
    let root: YamlNode | null | undefined;
    return pointers.map((pointer) => {
      const segments = parsePointer(this.prefix + pointer);
      const fast = fastYamlOffset(text, this.start, this.end, segments);
      if (fast !== undefined) return fast;
      root ??= parseDocument(text.slice(this.start, this.end), { uniqueKeys: false }).contents as YamlNode | null;
      return this.start + yamlOffset(root, segments);
    });
  }
}

/** The exact answer from a full positional parse: the reference the fast path is tested against. */
export function yamlOffset(root: YamlNode | null, segments: readonly string[]): number {
  let node: YamlNode | null = root;
  let best = node?.range?.[0] ?? 0;
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
  }
  return best;
}

/** One object inside a JSON file; `range` is the object's own slice of the text. */
export class JsonObjectLocator implements Locator {
  constructor(
    private readonly source: SourceText,
    private readonly range: () => readonly [number, number],
  ) {}

  offsetsOf(pointers: readonly string[]): number[] {
    const [start] = this.range();
    return pointers.map((pointer) => jsonFieldOffset(this.source.text, start, parsePointer(pointer)));
  }
}
