import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('../../', import.meta.url));
/** Runs the real CLI process and closes its stdout after the first chunk, as `| head -1` does. */
function runAndCloseEarly(args) {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [`${root}bin/rampart.js`, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        let firstLine = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.stdout.once('data', (d) => {
            firstLine = String(d).split('\n')[0];
            child.stdout.destroy();
        });
        child.on('close', (code, signal) => resolve({ code, signal, stderr, firstLine }));
    });
}
describe('a reader that closes early (rampart scan | head -1)', () => {
    for (const format of ['json', 'yaml', 'table', 'sarif']) {
        it(`-o ${format}: ends quietly with the run's own exit status`, async () => {
            // the demo's output is larger than a pipe's buffer in every format, so writes fail with EPIPE
            const r = await runAndCloseEarly(['scan', 'demo/', '-o', format, '--fail-on', 'critical']);
            assert.ok(r.firstLine.length > 0);
            assert.equal(r.stderr, '', 'nothing on stderr: no EPIPE, no stack');
            assert.equal(r.code, 1, 'exit status of the scan (a critical finding with --fail-on critical)');
        });
    }
});
//# sourceMappingURL=cli-process.test.js.map