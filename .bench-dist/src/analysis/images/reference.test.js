import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseImageReference } from './reference.js';
const SHA256 = 'sha256:' + 'f'.repeat(64);
const SHA512 = 'sha512:' + 'f'.repeat(128);
/** Expected fields; cases hand-checked against distribution/reference's own tests and sources. */
const VALID = [
    ['nginx', { registry: 'docker.io', path: 'library/nginx', tag: undefined, digest: undefined, name: 'docker.io/library/nginx', familiarName: 'nginx', normalized: 'docker.io/library/nginx' }],
    ['nginx:1.25', { registry: 'docker.io', path: 'library/nginx', tag: '1.25', normalized: 'docker.io/library/nginx:1.25' }],
    ['ubuntu:Latest', { path: 'library/ubuntu', tag: 'Latest' }], // tags may be upper case
    ['bitnami/redis:7.2', { registry: 'docker.io', path: 'bitnami/redis', tag: '7.2', familiarName: 'bitnami/redis' }],
    ['docker.io/nginx', { registry: 'docker.io', path: 'library/nginx', familiarName: 'nginx' }],
    ['index.docker.io/library/nginx', { registry: 'docker.io', path: 'library/nginx', familiarName: 'nginx' }],
    ['index.docker.io/fooo/bar', { registry: 'docker.io', path: 'fooo/bar', familiarName: 'fooo/bar' }],
    ['docker.io/library/foo/bar', { registry: 'docker.io', path: 'library/foo/bar', familiarName: 'library/foo/bar' }],
    ['library/ubuntu', { registry: 'docker.io', path: 'library/ubuntu', familiarName: 'ubuntu' }],
    // a first component without `.` or `:` is a Docker Hub namespace, not a host
    ['registry/app', { registry: 'docker.io', path: 'registry/app' }],
    ['test_com/foo', { registry: 'docker.io', path: 'test_com/foo' }],
    // ...unless it is localhost, or has a port, a dot or an upper-case letter
    ['localhost/app', { registry: 'localhost', path: 'app', familiarName: 'localhost/app' }],
    ['localhost:5000/x', { registry: 'localhost:5000', path: 'x', tag: undefined, normalized: 'localhost:5000/x' }],
    ['registry:5000/a/b:tag@' + SHA256, { registry: 'registry:5000', path: 'a/b', tag: 'tag', digest: SHA256, name: 'registry:5000/a/b', normalized: `registry:5000/a/b:tag@${SHA256}` }],
    ['Foo/bar', { registry: 'Foo', path: 'bar', familiarName: 'Foo/bar' }],
    ['ghcr.io/org/app:v1', { registry: 'ghcr.io', path: 'org/app', tag: 'v1', familiarName: 'ghcr.io/org/app' }],
    ['test-com:8080/foo', { registry: 'test-com:8080', path: 'foo' }],
    ['192.168.1.1:5000/repo:5050', { registry: '192.168.1.1:5000', path: 'repo', tag: '5050' }],
    ['xn--7o8h.com/myimage:xn--7o8h.com@' + SHA512, { registry: 'xn--7o8h.com', path: 'myimage', tag: 'xn--7o8h.com', digest: SHA512 }],
    ['[::1]:5000/x', { registry: '[::1]:5000', path: 'x' }],
    ['[2001:db8::1]/repo:tag', { registry: '[2001:db8::1]', path: 'repo', tag: 'tag' }],
    // one component is always a Docker Hub name: `localhost:5000` is image `localhost`, tag `5000`
    ['localhost:5000', { registry: 'docker.io', path: 'library/localhost', tag: '5000' }],
    ['test.com:5000', { registry: 'docker.io', path: 'library/test.com', tag: '5000' }],
    ['busybox:latest@' + SHA256, { tag: 'latest', digest: SHA256, familiarName: 'busybox', normalized: `docker.io/library/busybox:latest@${SHA256}` }],
    ['redis@' + SHA256, { tag: undefined, digest: SHA256 }],
    ['dock__er/docker---rules', { path: 'dock__er/docker---rules' }],
    // 64 characters that are not all hex is a name, not an image ID
    ['thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev', { path: 'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev' }],
    ['docker.io/' + 'a'.repeat(64), { path: 'library/' + 'a'.repeat(64) }],
    ['app:' + 'x'.repeat(128), { tag: 'x'.repeat(128) }],
    [Array(127).fill('a').join('/') + '/a', { registry: 'docker.io' }], // path of 255 characters
    // distribution's corner case: `a_b.c` has a dot but is not a valid host, so the name has no domain
    ['a_b.c/x', { registry: '', path: 'a_b.c/x', familiarName: 'a_b.c/x', normalized: 'a_b.c/x' }],
];
const INVALID = [
    ['', 'empty'],
    ['Ubuntu', 'uppercase'],
    ['Uppercase:tag', 'uppercase'],
    ['docker/Docker', 'uppercase'],
    ['test:5000/Uppercase/lowercase:tag', 'uppercase'],
    ['localhost:5000/X', 'uppercase'],
    ['1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', 'identifier'],
    ['https://github.com/docker/docker', 'invalid-format'],
    ['-docker', 'invalid-format'],
    ['docker-/docker', 'invalid-format'],
    ['docker///docker', 'invalid-format'],
    ['dock..er/docker', 'invalid-format'],
    ['____/____', 'invalid-format'],
    ['docker/', 'invalid-format'],
    [':justtag', 'invalid-format'],
    ['nginx:', 'invalid-format'],
    ['nginx:-tag', 'invalid-format'],
    ['app:' + 'x'.repeat(129), 'invalid-format'],
    ['nginx 1.25', 'invalid-format'],
    ['[fc00::1]:5000', 'invalid-format'],
    ['fc00::1:5000/debian', 'invalid-format'],
    ['[fe80::1%eth0]:5000/debian', 'invalid-format'],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', 'invalid-format'],
    ['{{ .image }}', 'invalid-format'],
    ['{{ .Values.image }}', 'uppercase'], // the lower-case check on the path comes first, as in Go
    [Array(128).fill('a').join('/') + '/a:tag', 'name-too-long'],
    ['repo@sha256:' + 'f'.repeat(34), 'digest-invalid'],
    ['repo@sha256:' + 'f'.repeat(63), 'digest-invalid'],
    ['repo@sha256:' + 'F'.repeat(64), 'digest-invalid'], // go-digest: lower-case hex only
    ['repo@sha512:' + 'f'.repeat(64), 'digest-invalid'],
    ['validname@invaliddigest:' + 'f'.repeat(64), 'digest-unsupported'],
    // Go checks `remainder[:first ":"]` for upper case, which here spans "@Sha256"
    ['validname@Sha256:' + 'f'.repeat(64), 'uppercase'],
];
describe('parseImageReference', () => {
    for (const [input, expected] of VALID) {
        it(`parses ${JSON.stringify(input.length > 80 ? input.slice(0, 77) + '...' : input)}`, () => {
            const result = parseImageReference(input);
            assert.ok(result.ok, `expected ok, got ${JSON.stringify(result)}`);
            for (const [field, value] of Object.entries(expected)) {
                assert.equal(result.reference[field], value, `${field} of ${input}`);
            }
            assert.equal(result.reference.input, input);
        });
    }
    for (const [input, code] of INVALID) {
        it(`rejects ${JSON.stringify(input.length > 80 ? input.slice(0, 77) + '...' : input)} (${code})`, () => {
            const result = parseImageReference(input);
            assert.ok(!result.ok, `expected an error, got ${JSON.stringify(result)}`);
            assert.equal(result.error.code, code, result.error.message);
        });
    }
    it('uses the kubelet-visible wording and adds a hint', () => {
        const tooLong = parseImageReference('app:' + 'x'.repeat(129));
        assert.ok(!tooLong.ok);
        assert.equal(tooLong.error.message, 'invalid reference format');
        assert.match(tooLong.error.hint ?? '', /129 characters.*at most 128/);
        const digest = parseImageReference('repo@sha256:abc' + '0'.repeat(40));
        assert.ok(!digest.ok);
        assert.match(digest.error.hint ?? '', /exactly 64/);
        const upper = parseImageReference('Ubuntu');
        assert.ok(!upper.ok);
        assert.equal(upper.error.message, 'invalid reference format: repository name (library/Ubuntu) must be lowercase');
    });
    it('stays fast on long adversarial input', () => {
        const inputs = ['a'.repeat(50_000) + '!', 'a-'.repeat(25_000) + '!', 'a.'.repeat(25_000) + '/!', 'a'.repeat(20_000) + ':' + 'b'.repeat(20_000) + '/!', '[' + ':'.repeat(50_000)];
        const start = process.hrtime.bigint();
        for (const s of inputs)
            assert.ok(!parseImageReference(s).ok);
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        assert.ok(ms < 2000, `took ${ms} ms`);
    });
});
//# sourceMappingURL=reference.test.js.map