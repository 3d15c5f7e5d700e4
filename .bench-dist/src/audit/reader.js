import { createReadStream, readdirSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { jsonArrayElementRanges } from '../inventory/json-scan.js';
import { asAuditEvent } from './event.js';
export function emptyStats() {
    return { files: 0, lines: 0, events: 0, malformed: 0 };
}
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b];
/**
 * Turns the text of JSON values into audit events: one Event, an `EventList` (as the webhook
 * backend sends and `kubectl get --raw` prints) or a JSON array of events. Whatever is not an
 * event is counted and reported with its file and line; the caller goes on with the next value.
 */
export class EventDecoder {
    handler;
    stats;
    constructor(handler, stats) {
        this.handler = handler;
        this.stats = stats;
    }
    /** One line of a JSON-lines log. */
    line(text, file, line) {
        this.stats.lines++;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            if (text.trim() === '')
                return;
            this.malformed(file, line, 'json-syntax', `not valid JSON: ${e.message}`);
            return;
        }
        this.value(value, file, line);
    }
    /** A parsed value: an Event, an EventList or an array of events. */
    value(value, file, line, itemLines) {
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++)
                this.item(value[i], file, itemLines?.[i] ?? line, `item ${i}`);
            return;
        }
        if (typeof value === 'object' && value !== null && value.kind === 'EventList') {
            const items = value.items;
            if (items === null || items === undefined)
                return;
            if (!Array.isArray(items)) {
                this.malformed(file, line, 'invalid-event', 'EventList items is not a list');
                return;
            }
            for (let i = 0; i < items.length; i++)
                this.item(items[i], file, itemLines?.[i] ?? line, `items[${i}]`);
            return;
        }
        this.item(value, file, line, undefined);
    }
    item(value, file, line, where) {
        const event = asAuditEvent(value);
        if (typeof event === 'string') {
            this.malformed(file, line, 'invalid-event', where ? `${where}: ${event}` : event);
            return;
        }
        this.stats.events++;
        this.handler.event(event, { file, line });
    }
    malformed(file, line, code, message) {
        this.stats.malformed++;
        this.handler.diagnostic({ severity: 'error', code, file, line, message });
    }
}
/**
 * Cuts bytes into lines, pushed chunk by chunk. Lines are cut on bytes, so a multi-byte character
 * split between chunks is decoded whole, and a long line costs one copy (its chunks are joined
 * once, never re-scanned). Lines over `maxLineBytes` are reported through `onOverlong` and skipped.
 */
export class LineSplitter {
    onLine;
    opts;
    pending = [];
    pendingBytes = 0;
    skipping = false;
    /** Lines seen so far (1-based number of the last one). */
    line = 0;
    max;
    constructor(onLine, opts = {}) {
        this.onLine = onLine;
        this.opts = opts;
        this.max = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    }
    push(chunk) {
        let start = 0;
        for (;;) {
            const nl = chunk.indexOf(10, start);
            if (nl === -1)
                break;
            const line = ++this.line;
            if (this.skipping) {
                this.skipping = false;
            }
            else if (this.pending.length > 0) {
                if (this.pendingBytes + nl - start > this.max)
                    this.opts.onOverlong?.(line, this.pendingBytes + nl - start);
                else {
                    this.pending.push(chunk.subarray(start, nl));
                    this.onLine(Buffer.concat(this.pending).toString('utf8'), line);
                }
            }
            else if (nl - start > this.max) {
                this.opts.onOverlong?.(line, nl - start);
            }
            else if (nl > start) {
                this.onLine(chunk.toString('utf8', start, nl), line);
            }
            this.pending = [];
            this.pendingBytes = 0;
            start = nl + 1;
        }
        if (start < chunk.length && !this.skipping) {
            this.pending.push(start === 0 ? chunk : chunk.subarray(start));
            this.pendingBytes += chunk.length - start;
            if (this.pendingBytes > this.max) {
                this.opts.onOverlong?.(this.line + 1, this.pendingBytes);
                this.pending = [];
                this.pendingBytes = 0;
                this.skipping = true;
            }
        }
    }
    /** The last line, when the input does not end with a newline. */
    end() {
        if (this.pending.length > 0) {
            this.line++;
            this.onLine(Buffer.concat(this.pending).toString('utf8'), this.line);
        }
        this.pending = [];
        this.pendingBytes = 0;
        this.skipping = false;
    }
}
/**
 * Calls `onLine` for every line of a byte stream, in order, with its 1-based number. Rejects
 * with the stream's error, after every complete line before it was delivered.
 */
export async function forEachLine(stream, onLine, opts = {}) {
    const splitter = new LineSplitter(onLine, opts);
    for await (const raw of stream) {
        splitter.push(typeof raw === 'string' ? Buffer.from(raw) : raw);
        if (opts.stopped?.())
            return { lines: splitter.line };
    }
    splitter.end();
    return { lines: splitter.line };
}
/** Files under the given paths: a directory is read recursively, sorted (rotated `audit-<time>.log` files sort before `audit.log`). */
export function expandPaths(paths, diagnostic) {
    const files = [];
    const visit = (path, explicit) => {
        let stat;
        try {
            stat = statSync(path);
        }
        catch (e) {
            diagnostic({ severity: 'error', code: 'unreadable-file', file: path, message: `cannot read: ${e.code ?? e.message}` });
            return;
        }
        if (stat.isDirectory()) {
            const before = files.length;
            for (const entry of readdirSync(path).sort()) {
                if (!entry.startsWith('.'))
                    visit(join(path, entry), false);
            }
            if (explicit && files.length === before)
                diagnostic({ severity: 'error', code: 'no-input', file: path, message: 'no files in this directory' });
        }
        else if (stat.isFile() || explicit)
            files.push(path);
    };
    for (const p of paths) {
        if (p === '-')
            files.push(p);
        else
            visit(p, true);
    }
    return files;
}
async function isGzip(path) {
    const fh = await open(path, 'r');
    try {
        const { bytesRead, buffer } = await fh.read(Buffer.alloc(2), 0, 2, 0);
        return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1];
    }
    finally {
        await fh.close();
    }
}
/**
 * Reads one input: JSON lines (the log backend's format; gzip-compressed or not) or one JSON
 * document spread over several lines (an `EventList` or an array, as `kubectl get --raw` or a
 * saved webhook batch looks). Decides on the first line: a first line that is not JSON by itself
 * but opens an object or array starts a document.
 */
export async function readStream(input, file, decoder, opts = {}) {
    let mode = 'unknown';
    const doc = [];
    const onLine = (text, line) => {
        if (mode === 'lines')
            return decoder.line(text, file, line);
        if (mode === 'document') {
            doc.push(text);
            return;
        }
        const trimmed = text.trim();
        if (trimmed === '')
            return;
        const c = trimmed.charCodeAt(0);
        if (c === 123 /* { */ || c === 91 /* [ */) {
            try {
                JSON.parse(trimmed);
            }
            catch {
                mode = 'document';
                // keep earlier blank lines so that line numbers stay right
                for (let i = 1; i < line; i++)
                    doc.push('');
                doc.push(text);
                return;
            }
        }
        mode = 'lines';
        decoder.line(text, file, line);
    };
    let lines = 0;
    try {
        const r = await forEachLine(input, (t, l) => ((lines = l), onLine(t, l)), {
            maxLineBytes: opts.maxLineBytes,
            onOverlong: (line, bytes) => decoder.malformed(file, line, 'line-too-long', `line of ${bytes} bytes is over the ${opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES}-byte limit: skipped`),
            stopped: opts.stopped,
        });
        lines = r.lines;
    }
    catch (e) {
        const err = e;
        const truncated = err.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(err.message);
        decoder.malformed(file, lines + 1, truncated ? 'truncated-input' : err.code === 'Z_DATA_ERROR' ? 'truncated-input' : 'unreadable-file', truncated ? `compressed stream ends early (truncated file?): the ${lines} complete line(s) before this point were read` : `read failed after line ${lines}: ${err.message}`);
    }
    if (mode === 'document')
        decodeDocument(doc.join('\n'), file, decoder);
}
function decodeDocument(text, file, decoder) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(e.message);
        const line = m ? lineAt(text, Number(m[1])) : undefined;
        decoder.malformed(file, line, 'json-syntax', `not valid JSON: ${e.message}`);
        return;
    }
    decoder.stats.lines++;
    let itemLines;
    try {
        const key = Array.isArray(value) ? null : 'items';
        const ranges = jsonArrayElementRanges(text, key);
        itemLines = linesOf(text, ranges.map((r) => r[0]));
    }
    catch {
        itemLines = undefined;
    }
    decoder.value(value, file, 1, itemLines);
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
function linesOf(text, offsets) {
    const out = [];
    let line = 1;
    let at = 0;
    for (const o of offsets) {
        for (let i = text.indexOf('\n', at); i !== -1 && i < o; i = text.indexOf('\n', i + 1)) {
            line++;
            at = i + 1;
        }
        out.push(line);
    }
    return out;
}
/** Opens a file for reading, through gunzip when it starts with the gzip magic bytes. */
export async function openLog(path) {
    const gz = await isGzip(path);
    const raw = createReadStream(path, { highWaterMark: 1024 * 1024 });
    if (!gz)
        return raw;
    const gunzip = createGunzip();
    raw.on('error', (e) => gunzip.destroy(e));
    return raw.pipe(gunzip);
}
/**
 * Reads audit events from files, directories (recursively) and stdin (`-`), in order, calling the
 * handler for each event and each problem. Never throws for bad input.
 */
export async function readAuditSources(paths, handler, opts = {}) {
    const stats = emptyStats();
    const decoder = new EventDecoder(handler, stats);
    for (const file of expandPaths(paths, (d) => handler.diagnostic(d))) {
        if (opts.stopped?.())
            break;
        stats.files++;
        if (file === '-') {
            const stdin = opts.stdin?.() ?? Buffer.alloc(0);
            await readStream(Buffer.isBuffer(stdin) ? Readable.from([stdin]) : stdin, '<stdin>', decoder, opts);
            continue;
        }
        let stream;
        try {
            stream = await openLog(file);
        }
        catch (e) {
            handler.diagnostic({ severity: 'error', code: 'unreadable-file', file, message: `cannot read: ${e.code ?? e.message}` });
            continue;
        }
        await readStream(stream, file, decoder, opts);
    }
    return stats;
}
//# sourceMappingURL=reader.js.map