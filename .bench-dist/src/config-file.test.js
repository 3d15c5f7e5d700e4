import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, loadConfig, readConfigFile } from './config-file.js';
import { readExceptionsFile } from './policy/exceptions.js';
import { FileError } from './policy/yaml-file.js';
import { configFile } from './checks/exceptions/testing.js';
function rejects(yaml, line, message) {
    const file = configFile(yaml);
    assert.throws(() => readConfigFile(file), (e) => {
        assert.ok(e instanceof FileError, String(e));
        assert.equal(e.line, line, e.message);
        assert.ok(e.message.startsWith(`${file}:${line}: `), e.message);
        assert.match(e.message, message);
        return true;
    });
}
const HEAD = 'apiVersion: rampart.dev/v1\nkind: Config\n';
describe('configuration file', () => {
    it('reads check settings, scan defaults and exceptions', () => {
        const loaded = readConfigFile(configFile(`${HEAD}failOn: high\ncisVersion: "1.9"\nchecks:\n  workload.low-uid-gid:\n    options: {minId: 1000}\n  "namespaces.*": {severity: low}\nexceptions:\n- checks: [pss.privileged]\n  justification: j\n  owner: o\n`));
        assert.equal(loaded.failOn, 'high');
        assert.equal(loaded.config.cisVersion, '1.9');
        assert.deepEqual(loaded.config.checks?.['workload.low-uid-gid'], { options: { minId: 1000 } });
        assert.equal(loaded.config.exceptions?.[0].source.line, 10);
    });
    it('errors name the file and the line of the offending field', () => {
        rejects(`${HEAD}checks:\n  pss.privileged: {severity: urgent}\n`, 4, /must be one of "critical"/);
        rejects(`${HEAD}chekcs: {}\n`, 1, /unknown field "chekcs"/);
        rejects(`${HEAD}checks:\n  pss.privilegd: {enabled: false}\n`, 4, /no check matches "pss\.privilegd"/);
        rejects(`${HEAD}checks:\n  "nope.*": {enabled: false}\n`, 4, /no check matches "nope\.\*"/);
        rejects(`${HEAD}checks:\n  workload.low-uid-gid:\n    options:\n      minUid: 5\n`, 6, /has no option "minUid" \(it has: minId\)/);
        rejects(`${HEAD}checks:\n  workload.low-uid-gid:\n    options:\n      minId: "5"\n`, 6, /must be integer/);
        rejects(`${HEAD}checks:\n  "workload.*":\n    options: {minId: 5}\n`, 5, /exact check id/);
        rejects(`${HEAD}exceptions:\n- checks: [pss.privileged]\n  owner: me\n`, 4, /missing the required field "justification"/);
        rejects(`${HEAD}exceptions:\n- checks: [pss.privileged]\n  justification: j\n  owner: me\n  expires: 2027-02-30x\n`, 7, /must match pattern/);
        rejects(`${HEAD}exceptions:\n- checks: [pss.privileged, "nope"]\n  justification: j\n  owner: me\n`, 4, /no check matches "nope"/);
        rejects('apiVersion: rampart.dev/v1\nkind: Config\nchecks: [\n', 3, /invalid YAML/);
        rejects('apiVersion: v1\nkind: Config\n', 1, /must be "rampart\.dev\/v1"/);
    });
    it('is found upward from the working directory; --config wins', () => {
        const root = mkdtempSync(join(tmpdir(), 'rampart-find-'));
        mkdirSync(join(root, 'a', 'b'), { recursive: true });
        writeFileSync(join(root, '.rampart.yaml'), `${HEAD}failOn: low\n`);
        assert.equal(findConfigFile(join(root, 'a', 'b')), join(root, '.rampart.yaml'));
        assert.equal(loadConfig({ cwd: join(root, 'a', 'b') }).failOn, 'low');
        const other = configFile(`${HEAD}failOn: critical\n`);
        assert.equal(loadConfig({ cwd: join(root, 'a'), configFile: other }).failOn, 'critical');
    });
    it('an exceptions file is schema-checked the same way', () => {
        const file = configFile('apiVersion: rampart.dev/v1\nkind: Exceptions\nexceptions:\n- checks: ["workload.*"]\n  resources: [{kind: Deployment}]\n  justification: ok\n  owner: me\n  expires: 2027-01-31\n', 'exceptions.yaml');
        const [e] = readExceptionsFile(file, () => true);
        assert.deepEqual({ checks: e.checks, expires: e.expires, line: e.source.line }, { checks: ['workload.*'], expires: '2027-01-31', line: 4 });
        const bad = configFile('apiVersion: rampart.dev/v1\nkind: Exceptions\nexceptions:\n- checks: ["workload.*"]\n  justification: ""\n  owner: me\n', 'exceptions.yaml');
        assert.throws(() => readExceptionsFile(bad, () => true), /exceptions\.yaml:5: \/exceptions\/0\/justification/);
    });
});
//# sourceMappingURL=config-file.test.js.map