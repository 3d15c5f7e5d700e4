/** RFC 6901 JSON pointers: how findings point into an object. */

export function escapeSegment(segment: string | number): string {
  const s = typeof segment === 'number' ? String(segment) : segment;
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  let out = base;
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => (s.includes('~') ? s.replace(/~1/g, '/').replace(/~0/g, '~') : s));
}

/** Reads the value at a pointer, or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const seg of parsePointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (typeof node === 'object' && node !== null) node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}
