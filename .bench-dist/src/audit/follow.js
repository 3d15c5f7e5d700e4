import { open, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { EventDecoder, LineSplitter, emptyStats } from './reader.js';
/**
 * Follows a growing log as `tail -F` does: reads new lines as they are written; when the file is
 * rotated (renamed and a new one created, as the API server's --audit-log-maxsize rotation does)
 * it finishes the old file and continues with the new one from its start; when the file is
 * truncated in place (copytruncate) it starts again at the top. Line numbers are per file.
 * Resolves when the signal aborts.
 */
export async function followLog(path, handler, opts) {
    const stats = emptyStats();
    const decoder = new EventDecoder(handler, stats);
    const poll = opts.pollMs ?? 250;
    const buf = Buffer.alloc(1024 * 1024);
    const aborted = () => opts.signal.aborted;
    const splitterFor = () => new LineSplitter((text, line) => decoder.line(text, path, line), {
        maxLineBytes: opts.maxLineBytes,
        onOverlong: (line, bytes) => decoder.malformed(path, line, 'line-too-long', `line of ${bytes} bytes is over the limit: skipped`),
    });
    const wait = async () => {
        try {
            await sleep(poll, undefined, { signal: opts.signal });
        }
        catch {
            // aborted
        }
    };
    let fh;
    let ino = 0;
    let pos = 0;
    let splitter = splitterFor();
    let first = true;
    let rotated = false;
    try {
        while (!aborted()) {
            if (!fh) {
                try {
                    fh = await open(path, 'r');
                }
                catch {
                    await wait();
                    continue;
                }
                const st = await fh.stat();
                ino = st.ino;
                pos = first && opts.fromEnd ? st.size : 0;
                first = false;
                rotated = false;
                stats.files++;
                splitter = splitterFor();
            }
            const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
            if (bytesRead > 0) {
                pos += bytesRead;
                splitter.push(Buffer.from(buf.subarray(0, bytesRead)));
                continue;
            }
            if (rotated) {
                // the old file is read to its end: go on with the new one
                splitter.end();
                await fh.close();
                fh = undefined;
                continue;
            }
            // at the end of what has been written: rotated, truncated, or just quiet?
            let current;
            try {
                current = await stat(path);
            }
            catch {
                current = undefined; // renamed away, the new file not created yet
            }
            if (current && current.ino !== ino) {
                // renamed away: read what was written to it since the last read, then switch
                rotated = true;
                continue;
            }
            if ((await fh.stat()).size < pos) {
                splitter.end();
                pos = 0;
                splitter = splitterFor();
                continue;
            }
            await wait();
        }
    }
    finally {
        splitter.end();
        await fh?.close();
    }
    return stats;
}
//# sourceMappingURL=follow.js.map