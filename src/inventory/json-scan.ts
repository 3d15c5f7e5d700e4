/**
 * Positions in JSON text without building a syntax tree: jumps from one structural character to
 * the next with native searches, so locating a field costs only the bytes before it within its own
 * object, and finding the items of a 200 MB List is one quick pass.
 */

const STRUCTURAL = /["{}[\]]/g;

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}

/** `i` at an opening quote; returns the offset after the closing one. */
function skipString(text: string, i: number): number {
  let j = i;
  for (;;) {
    j = text.indexOf('"', j + 1);
    if (j === -1) return text.length;
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 0) return j + 1;
  }
}

/** `i` at the first character of a value; returns the offset just after it. */
export function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    STRUCTURAL.lastIndex = i;
    // test(), not exec(): no match array per structural character
    while (STRUCTURAL.test(text)) {
      const at = STRUCTURAL.lastIndex - 1;
      const d = text.charCodeAt(at);
      if (d === 34) {
        STRUCTURAL.lastIndex = skipString(text, at);
        continue;
      }
      depth += d === 123 || d === 91 ? 1 : -1;
      if (depth === 0) return at + 1;
    }
    return text.length;
  }
  // number, true, false, null
  let j = i;
  for (;;) {
    const d = text.charCodeAt(j);
    if (j >= text.length || d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return j;
    j++;
  }
}

/** Whether the JSON string at `start` (its opening quote) up to `end` (after its closing one) is `key`, without slicing it out. */
function keyIs(text: string, start: number, end: number, key: string, keyHasBackslash: boolean): boolean {
  // raw text equal to a key without escapes: the same string
  if (!keyHasBackslash && end - start - 2 === key.length && text.startsWith(key, start + 1)) return true;
  // otherwise only an escaped key can be equal once decoded
  for (let k = start + 1; k < end - 1; k++) if (text.charCodeAt(k) === 92) return (JSON.parse(text.slice(start, end)) as string) === key;
  return false;
}

/** One step down from the value at `pos`: where the member `seg` is reported (its key, or the element) and where its value starts. */
function stepInto(text: string, pos: number, seg: string): { readonly at: number; readonly value: number } | undefined {
  const c = text.charCodeAt(pos);
  if (c === 123 /* { */) {
    pos = skipWs(text, pos + 1);
    const segHasBackslash = seg.includes('\\');
    while (text.charCodeAt(pos) === 34) {
      const keyAt = pos;
      const end = skipString(text, pos);
      const match = keyIs(text, pos, end, seg, segHasBackslash);
      pos = skipWs(text, end);
      pos = skipWs(text, pos + 1); // the colon
      if (match) return { at: keyAt, value: pos };
      pos = skipWs(text, skipValue(text, pos));
      if (text.charCodeAt(pos) === 44) pos = skipWs(text, pos + 1);
    }
  } else if (c === 91 /* [ */) {
    const index = /^\d+$/.test(seg) ? Number(seg) : -1;
    pos = skipWs(text, pos + 1);
    for (let n = 0; index >= 0 && text.charCodeAt(pos) !== 93 && pos < text.length; n++) {
      if (n === index) return { at: pos, value: pos };
      pos = skipWs(text, skipValue(text, pos));
      if (text.charCodeAt(pos) === 44) pos = skipWs(text, pos + 1);
    }
  }
  return undefined;
}

/**
 * Offset of the field at `segments` inside the value starting at `start`: a property's key (its
 * opening quote), an element's first character; or the nearest existing ancestor's.
 */
export function jsonFieldOffset(text: string, start: number, segments: readonly string[]): number {
  return jsonFieldOffsets(text, start, [segments])[0];
}

/** A field already located: where it is reported, where its value starts, and the steps below it (null: absent). */
interface Located {
  readonly at: number;
  readonly value: number;
  readonly below: Map<string, Located | null>;
}

/**
 * `jsonFieldOffset` of several fields of one value: the common part of their paths is walked once
 * (the findings of one object mostly point into the same container).
 */
export function jsonFieldOffsets(text: string, start: number, paths: readonly (readonly string[])[]): number[] {
  const begin = skipWs(text, start);
  const root: Located = { at: begin, value: begin, below: new Map() };
  return paths.map((segments) => {
    let node = root;
    for (const seg of segments) {
      let next = node.below.get(seg);
      if (next === undefined) {
        const step = stepInto(text, node.value, seg);
        node.below.set(seg, (next = step ? { ...step, below: new Map() } : null));
      }
      if (next === null) break;
      node = next;
    }
    return node.at;
  });
}

/**
 * Ranges of the elements of a JSON array: the top-level array (`arrayKey` null) or the one under a
 * top-level key such as "items".
 */
export function jsonArrayElementRanges(text: string, arrayKey: string | null): [number, number][] {
  let pos = skipWs(text, 0);
  if (arrayKey !== null) {
    const at = jsonFieldOffset(text, pos, [arrayKey]);
    if (at === pos) return [];
    pos = skipWs(text, skipString(text, at));
    pos = skipWs(text, pos + 1);
  }
  const ranges: [number, number][] = [];
  if (text.charCodeAt(pos) !== 91) return ranges;
  pos = skipWs(text, pos + 1);
  while (pos < text.length && text.charCodeAt(pos) !== 93) {
    const end = skipValue(text, pos);
    ranges.push([pos, end]);
    pos = skipWs(text, end);
    if (text.charCodeAt(pos) === 44) pos = skipWs(text, pos + 1);
    else break;
  }
  return ranges;
}
