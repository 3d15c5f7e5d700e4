import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { progress } from './progress.js';
function terminal(env) {
    let err = '';
    const io = { stdout: { write: () => true }, stderr: { write: (s) => (err += s), isTTY: true }, readStdin: () => Buffer.alloc(0), env, cwd: '/' };
    const p = progress(io);
    p.update('loading…');
    p.update('scanning 3 objects…');
    p.done();
    return err;
}
describe('progress', () => {
    it('rewrites one line on a terminal', () => {
        assert.match(terminal({}), /\r\x1b\[2Kscanning 3 objects…\r\x1b\[2K$/);
    });
    it('has no escape sequence at all with NO_COLOR or TERM=dumb', () => {
        for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
            const err = terminal(env);
            assert.equal(err, 'rampart: loading…\nrampart: scanning 3 objects…\n');
            assert.doesNotMatch(err, /[\x1b\r]/);
        }
    });
    it('says nothing when stderr is not a terminal, or in CI', () => {
        let err = '';
        const io = { stdout: { write: () => true }, stderr: { write: (s) => (err += s), isTTY: false }, readStdin: () => Buffer.alloc(0), env: {}, cwd: '/' };
        progress(io).update('x');
        assert.equal(err, '');
        assert.equal(terminal({ CI: 'true' }), '');
    });
});
//# sourceMappingURL=progress.test.js.map