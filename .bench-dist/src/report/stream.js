import jsyaml from 'js-yaml';
/** An array whose items are produced on demand when the document is written. */
export class Streamed {
    items;
    constructor(items) {
        this.items = items;
    }
}
/** Marks an array to be serialized item by item (see `jsonChunks`, `yamlChunks`). */
export function streamed(items) {
    return new Streamed(items);
}
/** Joins chunks into one string: for small outputs only. */
export function collect(chunks) {
    let s = '';
    for (const c of chunks)
        s += c;
    return s;
}
function hasStreamed(value) {
    if (value instanceof Streamed)
        return true;
    if (value === null || typeof value !== 'object')
        return false;
    return Object.values(value).some(hasStreamed);
}
/**
 * `JSON.stringify(value, null, 2)`, byte for byte, except that `Streamed` arrays are written one
 * item at a time. Only the skeleton around streamed arrays is walked here; everything else goes
 * through `JSON.stringify`.
 */
export function* jsonChunks(value, indent = '') {
    if (value instanceof Streamed) {
        const inner = indent + '  ';
        let first = true;
        for (const item of value.items) {
            yield `${first ? '[\n' : ',\n'}${inner}`;
            yield* jsonChunks(item === undefined ? null : item, inner);
            first = false;
        }
        yield first ? '[]' : `\n${indent}]`;
        return;
    }
    if (Array.isArray(value) && value.some(hasStreamed)) {
        const inner = indent + '  ';
        if (value.length === 0)
            return yield '[]';
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
        if (entries.length === 0)
            return yield '{}';
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
/** The reader closed its end (EPIPE): the run ends quietly, as Unix tools do. */
export function isClosedPipe(error) {
    const code = error?.code;
    return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
/** A write failed for a reason other than the reader going away (a full disk, say). */
export class OutputError extends Error {
    constructor(cause) {
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
export async function writeChunks(chunks, out) {
    let failure;
    let pending = '';
    let sinceYield = 0;
    const onWritten = (error) => {
        if (error && !failure)
            failure = error;
    };
    const check = () => {
        if (!failure)
            return undefined;
        if (isClosedPipe(failure))
            return 'closed';
        throw new OutputError(failure);
    };
    const flush = async () => {
        const block = pending;
        pending = '';
        sinceYield += block.length;
        let accepted;
        const written = new Promise((resolve) => {
            accepted = out.write(block, (error) => {
                onWritten(error);
                resolve();
            });
        });
        if (accepted === false) {
            // back-pressure: the callback of the block that filled the buffer comes when it is flushed, or failed
            await written;
        }
        else if (sinceYield >= YIELD_EVERY) {
            sinceYield = 0;
            await new Promise((resolve) => setImmediate(resolve));
        }
    };
    for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= FLUSH_AT) {
            await flush();
            if (check())
                return 'closed';
        }
    }
    if (pending.length > 0)
        await flush();
    // the last block's error (EPIPE on a short output) arrives on a later tick
    await new Promise((resolve) => setImmediate(resolve));
    return check() ?? 'done';
}
const YAML_OPTIONS = { lineWidth: -1, noRefs: true };
/**
 * The same document as YAML (js-yaml: about 4x faster than the `yaml` library's stringify, which
 * matters for a million findings); `Streamed` arrays are written one item at a time.
 */
export function* yamlChunks(value, indent = '') {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Streamed || !hasStreamed(value)) {
        throw new TypeError('yamlChunks: the document must be a mapping with streamed arrays');
    }
    for (const [key, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function')
            continue;
        const k = jsyaml.dump({ [key]: null }, YAML_OPTIONS).slice(0, -' null\n'.length);
        if (v instanceof Streamed) {
            let first = true;
            for (const item of v.items) {
                if (first)
                    yield `${indent}${k}\n`;
                first = false;
                yield reindent(jsyaml.dump([item], YAML_OPTIONS), `${indent}  `);
            }
            if (first)
                yield `${indent}${k} []\n`;
        }
        else if (hasStreamed(v)) {
            yield `${indent}${k}\n`;
            yield* yamlChunks(v, `${indent}  `);
        }
        else {
            yield reindent(jsyaml.dump({ [key]: v }, YAML_OPTIONS), indent);
        }
    }
}
function reindent(text, indent) {
    if (indent === '')
        return text;
    // every line but the empty one after the final newline
    return indent + text.slice(0, -1).replaceAll('\n', `\n${indent}`) + '\n';
}
//# sourceMappingURL=stream.js.map