/** Splitting a YAML stream into documents, by a line scan. */

export interface YamlChunk {
  /** Offsets of the document's text, after its `---` line. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based line of the first line that is not blank or a comment. */
  readonly firstContentLine: number;
}

/**
 * Splits a YAML stream at document markers. YAML forbids `---` and `...` at the start of a line
 * inside any scalar (c-forbidden, YAML 1.2 §9.1.3), so a line scan is exact, and each document
 * parses on its own: one broken document cannot take the others down with it.
 */
export function splitYamlDocuments(text: string, from = 0): YamlChunk[] {
  const chunks: YamlChunk[] = [];
  let lineNo = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) lineNo++;
  let start = from;
  let startLine = lineNo;
  let firstContent = -1;
  let pos = from;
  const push = (end: number): void => {
    if (firstContent !== -1) chunks.push({ start, end, line: startLine, firstContentLine: firstContent });
  };
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const c = text.charCodeAt(pos);
    if ((c === 45 /* - */ || c === 46) /* . */ && isMarker(text, pos, eol)) {
      const isStart = c === 45;
      const rest = text.slice(pos + 3, eol);
      if (isStart) {
        push(pos);
        // content on the marker line itself (`--- {a: 1}`) belongs to the new document
        const inline = rest.trim() !== '' && !rest.trim().startsWith('#');
        start = inline ? pos + 3 : eol + 1;
        startLine = inline ? lineNo : lineNo + 1;
        firstContent = inline ? lineNo : -1;
      } else {
        push(pos);
        start = eol + 1;
        startLine = lineNo + 1;
        firstContent = -1;
      }
    } else if (firstContent === -1) {
      const line = text.slice(pos, eol).trim();
      if (line !== '' && !line.startsWith('#') && !line.startsWith('%')) firstContent = lineNo;
    }
    pos = eol + 1;
    lineNo++;
  }
  push(text.length);
  return chunks;
}

export function lastContentLine(text: string, chunk: YamlChunk): number {
  const lines = text.slice(chunk.start, chunk.end).split('\n');
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  return chunk.line + last;
}

function isMarker(text: string, pos: number, eol: number): boolean {
  const c = text.charCodeAt(pos);
  if (text.charCodeAt(pos + 1) !== c || text.charCodeAt(pos + 2) !== c) return false;
  const after = pos + 3;
  if (after >= eol) return true;
  const d = text.charCodeAt(after);
  return d === 32 || d === 9 || d === 13;
}

export function isYamlMarkerAt(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c !== 45 && c !== 46) return false;
  let eol = text.indexOf('\n', offset);
  if (eol === -1) eol = text.length;
  return isMarker(text, offset, eol);
}
