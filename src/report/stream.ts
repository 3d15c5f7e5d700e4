import jsyaml from 'js-yaml';

/**
 * Reporters produce their output as a sequence of text chunks (a generator), never as one string:
 * a million findings make gigabytes of JSON, past V8's largest string. `writeChunks` writes such a
 * sequence to a stream with back-pressure and stops quietly when the reader goes away (`| head`).
 */

/** Text produced piece by piece; join it only when it is known to be small (tests, the library). */
export type Chunks = Iterable<string>;

/** An array whose items (plain JSON values) are produced on demand when the document is written. */
export class Streamed<T = unknown> {
  constructor(readonly items: Iterable<T>) {}
}

/** Marks an array to be serialized item by item (see `jsonChunks`, `yamlChunks`). */
export function streamed<T>(items: Iterable<T>): Streamed<T> {
  return new Streamed(items);
}

/** Joins chunks into one string: for small outputs only. */
export function collect(chunks: Chunks): string {
  let s = '';
  for (const c of chunks) s += c;
  return s;
}

/** Streamed items stringified together (one call and no re-indenting per item). */
const STRINGIFY_BATCH = 256;

function hasStreamed(value: unknown): boolean {
  if (value instanceof Streamed) return true;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(hasStreamed);
}

/**
 * `JSON.stringify(value, null, 2)`, byte for byte, except that `Streamed` arrays are written one
 * item at a time. Only the skeleton around streamed arrays is walked here; everything else goes
 * through `JSON.stringify`.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof Streamed) {
    // Items are plain values (never themselves streamed), stringified a batch at a time already
    // indented: the batch is nested in as many arrays as `indent` has levels, and the text of the
    // innermost array is cut out, so no item is re-indented afterwards.
    const depth = indent.length / 2;
    let prefix = 0;
    let suffix = indent.length + 2; // `\n${indent}]`, written once at the end
    for (let k = 0; k < depth; k++) {
      prefix += 2 + 2 * (k + 1); // `[\n` and the next level's indent
      suffix += 2 + 2 * k; // `\n`, the level's indent and `]`
    }
    let batch: unknown[] = [];
    let first = true;
    const text = (): string => {
      let nested: unknown = batch;
      for (let k = 0; k < depth; k++) nested = [nested];
      const json = JSON.stringify(nested, null, 2);
      const chunk = (first ? '[' : ',') + json.slice(prefix + 1, json.length - suffix);
      first = false;
      batch = [];
      return chunk;
    };
    for (const item of value.items) {
      batch.push(item);
      if (batch.length === STRINGIFY_BATCH) yield text();
    }
    if (batch.length > 0) yield text();
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  if (Array.isArray(value) && value.some(hasStreamed)) {
    const inner = indent + '  ';
    if (value.length === 0) return yield '[]';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '[\n' : ',\n'}${inner}`;
      yield* jsonChunks(value[i] === undefined ? null : value[i], inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && hasStreamed(value)) {
    const inner = indent + '  ';
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (entries.length === 0) return yield '{}';
    for (let i = 0; i < entries.length; i++) {
      yield `${i === 0 ? '{\n' : ',\n'}${inner}${JSON.stringify(entries[i][0])}: `;
      yield* jsonChunks(entries[i][1], inner);
    }
    yield `\n${indent}}`;
    return;
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/**
 * Compact JSON for embedding in an HTML <script> element: `Streamed` arrays item by item, and every
 * "<" escaped as \u003c so that no text in the data can close the element.
 */
export function* scriptJsonChunks(value: unknown): Generator<string> {
  if (value instanceof Streamed) {
    let first = true;
    for (const item of value.items) {
      yield (first ? '[' : ',') + (JSON.stringify(item) ?? 'null').replaceAll('<', '\\u003c');
      first = false;
    }
    yield first ? '[]' : ']';
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && hasStreamed(value)) {
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || typeof v === 'function') continue;
      yield `${first ? '{' : ','}${JSON.stringify(k).replaceAll('<', '\\u003c')}:`;
      yield* scriptJsonChunks(v);
      first = false;
    }
    yield first ? '{}' : '}';
    return;
  }
  yield (JSON.stringify(value) ?? 'null').replaceAll('<', '\\u003c');
}

/** An output stream as the CLI sees it: a Node.js Writable, or a test's buffer. */
export interface OutputStream {
  write(chunk: string, callback?: (error?: Error | null) => void): unknown;
}

/** The reader closed its end (EPIPE): the run ends quietly, as Unix tools do. */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** A write failed for a reason other than the reader going away (a full disk, say). */
export class OutputError extends Error {
  constructor(cause: Error) {
    super(`cannot write the output: ${cause.message}`);
    this.name = 'OutputError';
  }
}

const FLUSH_AT = 64 * 1024;
/** Let write callbacks (and an EPIPE) arrive at least this often, in bytes. */
const YIELD_EVERY = 1024 * 1024;

/**
 * Writes chunks in blocks of about 64 KiB, waiting whenever the stream asks to (back-pressure).
 * Returns 'closed' when the reader went away, after which nothing more is produced or written; any
 * other write error is thrown as an `OutputError`.
 */
export async function writeChunks(chunks: Chunks, out: OutputStream): Promise<'done' | 'closed'> {
  let failure: Error | undefined;
  let pending = '';
  let sinceYield = 0;
  const onWritten = (error?: Error | null) => {
    if (error && !failure) failure = error;
  };
  const check = (): 'closed' | undefined => {
    if (!failure) return undefined;
    if (isClosedPipe(failure)) return 'closed';
    throw new OutputError(failure);
  };
  const flush = async (): Promise<void> => {
    const block = pending;
    pending = '';
    sinceYield += block.length;
    let accepted: unknown;
    const written = new Promise<void>((resolve) => {
      accepted = out.write(block, (error) => {
        onWritten(error);
        resolve();
      });
    });
    if (accepted === false) {
      // back-pressure: the callback of the block that filled the buffer comes when it is flushed, or failed
      await written;
    } else if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= FLUSH_AT) {
      await flush();
      if (check()) return 'closed';
    }
  }
  if (pending.length > 0) await flush();
  // the last block's error (EPIPE on a short output) arrives on a later tick
  await new Promise<void>((resolve) => setImmediate(resolve));
  return check() ?? 'done';
}

const YAML_OPTIONS: jsyaml.DumpOptions = { lineWidth: -1, noRefs: true };
/** Streamed items dumped together. */
const YAML_BATCH = 64;

/**
 * The same document as YAML (js-yaml: about 4x faster than the `yaml` library's stringify, which
 * matters for a million findings); `Streamed` arrays are written one item at a time.
 */
export function* yamlChunks(value: unknown, indent = ''): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Streamed || !hasStreamed(value)) {
    throw new TypeError('yamlChunks: the document must be a mapping with streamed arrays');
  }
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    const k = jsyaml.dump({ [key]: null }, YAML_OPTIONS).slice(0, -' null\n'.length);
    if (v instanceof Streamed) {
      // a batch of items dumps as the items one by one would (a block sequence; noRefs: no anchors)
      let batch: unknown[] = [];
      let first = true;
      for (const item of v.items) {
        if (first) yield `${indent}${k}\n`;
        first = false;
        batch.push(item);
        if (batch.length === YAML_BATCH) {
          yield reindent(jsyaml.dump(batch, YAML_OPTIONS), `${indent}  `);
          batch = [];
        }
      }
      if (batch.length > 0) yield reindent(jsyaml.dump(batch, YAML_OPTIONS), `${indent}  `);
      if (first) yield `${indent}${k} []\n`;
    } else if (hasStreamed(v)) {
      yield `${indent}${k}\n`;
      yield* yamlChunks(v, `${indent}  `);
    } else {
      yield reindent(jsyaml.dump({ [key]: v }, YAML_OPTIONS), indent);
    }
  }
}

function reindent(text: string, indent: string): string {
  if (indent === '') return text;
  // every line but the empty one after the final newline
  return indent + text.slice(0, -1).replaceAll('\n', `\n${indent}`) + '\n';
}
