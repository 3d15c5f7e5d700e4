import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_FILE_SYSTEM, readInputs } from './files.js';
const noStdin = () => Buffer.alloc(0);
const cm = (name) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\n`;
function tree() {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-walk-'));
    mkdirSync(join(dir, 'loop'));
    writeFileSync(join(dir, 'loop', 'a.yaml'), cm('a'));
    return dir;
}
/** Runs the walk with a deadline: before the fix these walks never ended. */
function walk(paths, fs) {
    const t0 = Date.now();
    const result = readInputs(paths, noStdin, { fs });
    assert.ok(Date.now() - t0 < 5000, 'the walk ends');
    return result;
}
describe('reading directories', () => {
    it('a symbolic link back to its own directory (loop/self -> ../loop) is walked once', () => {
        const dir = tree();
        symlinkSync('../loop', join(dir, 'loop', 'self'));
        const { inputs, diagnostics } = walk([dir]);
        assert.deepEqual(diagnostics, []);
        assert.deepEqual(inputs.map((i) => i.file), [join(dir, 'loop', 'a.yaml')]);
    });
    it('two links to "." in one directory, and me -> .', () => {
        const dir = tree();
        symlinkSync('.', join(dir, 'loop', 'here'));
        symlinkSync('.', join(dir, 'loop', 'there'));
        symlinkSync('.', join(dir, 'me'));
        const { inputs, diagnostics } = walk([dir]);
        assert.deepEqual(diagnostics, []);
        assert.equal(inputs.length, 1);
    });
    it('a symbolic link to a directory is followed when named on the command line, and inside a tree once', () => {
        const dir = tree();
        symlinkSync(join(dir, 'loop'), join(dir, 'link'));
        assert.deepEqual(walk([join(dir, 'link')]).inputs.map((i) => i.file), [join(dir, 'link', 'a.yaml')]);
        // inside the tree, the real directory and the link to it are one directory
        assert.equal(walk([dir]).inputs.length, 1);
    });
    it('the same path given twice is read once, without a "no input" error', () => {
        const dir = tree();
        const { inputs, diagnostics } = walk([dir, join(dir, 'loop'), join(dir, 'loop', 'a.yaml')]);
        assert.deepEqual(diagnostics, []);
        assert.equal(inputs.length, 1);
    });
    it('an unreadable directory or file is one diagnostic naming it; the rest is read', () => {
        const dir = tree();
        mkdirSync(join(dir, 'locked'));
        writeFileSync(join(dir, 'locked', 'x.yaml'), cm('x'));
        writeFileSync(join(dir, 'secret.yaml'), cm('s'));
        const denied = (path) => Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
        const fs = {
            ...NODE_FILE_SYSTEM,
            readdir: (path) => {
                if (path === join(dir, 'locked'))
                    throw denied(path);
                return NODE_FILE_SYSTEM.readdir(path);
            },
            readFile: (path) => {
                if (path === join(dir, 'secret.yaml'))
                    throw denied(path);
                return NODE_FILE_SYSTEM.readFile(path);
            },
        };
        const { inputs, diagnostics } = walk([dir], fs);
        assert.deepEqual(diagnostics.map((d) => [d.severity, d.code, d.file, d.message]), [
            ['error', 'unreadable-file', join(dir, 'locked'), 'cannot read directory: permission denied'],
            ['error', 'unreadable-file', join(dir, 'secret.yaml'), 'cannot read file: permission denied'],
        ]);
        assert.deepEqual(inputs.map((i) => i.file), [join(dir, 'loop', 'a.yaml')]);
    });
    it('real permissions (when not running as root, which reads everything)', (t) => {
        if (process.getuid?.() === 0) {
            t.skip('running as root: permissions do not apply; the injected file system test above covers this');
            return;
        }
        const dir = tree();
        mkdirSync(join(dir, 'locked'));
        chmodSync(join(dir, 'locked'), 0o000);
        const { inputs, diagnostics } = walk([dir]);
        chmodSync(join(dir, 'locked'), 0o755);
        assert.deepEqual(diagnostics.map((d) => [d.code, d.file]), [['unreadable-file', join(dir, 'locked')]]);
        assert.equal(inputs.length, 1);
    });
    it('a broken symbolic link is an error only where a manifest would have been', () => {
        const dir = tree();
        symlinkSync('gone.yaml', join(dir, 'loop', 'broken.yaml'));
        symlinkSync('gone', join(dir, 'loop', 'broken-dir'));
        const { diagnostics } = walk([dir]);
        assert.deepEqual(diagnostics.map((d) => [d.code, d.file]), [['unreadable-file', join(dir, 'loop', 'broken.yaml')]]);
    });
});
describe('reading special files', () => {
    it('a named pipe inside a tree is not read: it would block the run', async () => {
        const dir = tree();
        const { execFileSync } = await import('node:child_process');
        execFileSync('mkfifo', [join(dir, 'loop', 'pipe.yaml')]);
        const { inputs, diagnostics } = walk([dir]);
        assert.deepEqual(diagnostics, []);
        assert.equal(inputs.length, 1);
    });
});
//# sourceMappingURL=files.test.js.map