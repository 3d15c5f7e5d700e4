import { readFileSync } from 'node:fs';
export function processIo() {
    // A reader that goes away (`rampart scan | head -1`) ends the output quietly, as Unix tools do;
    // reporters see the failed write and stop (src/report/stream.ts).
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code !== 'EPIPE')
                throw error;
        });
    }
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        readStdin: () => readFileSync(0),
        openStdin: () => process.stdin,
        env: process.env,
        cwd: process.cwd(),
    };
}
/** Exit codes, documented in the README. */
export const EXIT = {
    ok: 0,
    /** Findings at or above --fail-on. */
    findings: 1,
    /** Bad usage or bad input. */
    usage: 2,
    /** A bug in Rampart. */
    internal: 3,
};
//# sourceMappingURL=io.js.map