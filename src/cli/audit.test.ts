import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { CliIo } from './io.js';
import { auditEvent as ev, createWorkload } from '../audit/testing.js';
import { runFollow } from './commands/audit-follow.js';
import { ruleSetFor } from '../audit/detect.js';

function io(stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: () => Buffer.from(stdin),
    env: {},
    cwd: process.cwd(),
    out: () => out,
    err: () => err,
  };
}

const jsonl = (events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('rampart audit detect', () => {
  let dir: string;
  let log: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-detect-'));
    log = join(dir, 'audit.log');
    // written out of time order, across two files
    writeFileSync(
      log,
      jsonl([
        ev({ time: 50, verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api', code: 101, user: 'bob' }),
        createWorkload('Pod', { containers: [{ name: 'x', image: 'alpine', securityContext: { privileged: true } }] }, { time: 10, user: 'bob' }),
      ]) + '{"broken": \n',
    );
    writeFileSync(join(dir, 'other.log'), jsonl([ev({ time: 20, user: { username: 'system:anonymous', groups: ['system:unauthenticated'] }, verb: 'list', uri: '/api/v1/pods' })]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('-o json follows the contract: alerts sorted by time, summary, diagnostics with file and line; exit 2 for bad input', async () => {
    const c = io();
    const code = await main(['audit', 'detect', log, join(dir, 'other.log'), '-o', 'json'], c);
    assert.equal(code, 2);
    const doc = JSON.parse(c.out());
    assert.deepEqual(Object.keys(doc), ['alerts', 'summary', 'diagnostics']);
    assert.deepEqual(
      doc.alerts.map((a: { ruleId: string }) => a.ruleId),
      ['audit.privileged-pod', 'audit.anonymous-allowed', 'audit.pod-exec'],
    );
    for (const a of doc.alerts) {
      assert.deepEqual(Object.keys(a), ['ruleId', 'severity', 'title', 'message', 'time', 'user', 'sourceIPs', 'objectRef', 'events', 'references']);
      assert.deepEqual(Object.keys(a.references), ['mitre', 'falco']);
      assert.ok(a.events.length >= 1);
    }
    assert.deepEqual(doc.alerts[0].references.falco, ['Create Privileged Pod']);
    assert.equal(doc.summary.events, 3);
    assert.equal(doc.summary.malformed, 1);
    assert.equal(doc.diagnostics[0].file, log);
    assert.equal(doc.diagnostics[0].line, 3);
    assert.match(c.err(), /audit\.log:3: error: not valid JSON/);
  });

  it('is byte-identical for the same input', async () => {
    const a = io();
    const b = io();
    await main(['audit', 'detect', dir, '-o', 'json'], a);
    await main(['audit', 'detect', dir, '-o', 'json'], b);
    assert.equal(a.out(), b.out());
  });

  it('-o jsonl prints one alert a line; --fail-on and --min-severity', async () => {
    const c = io();
    const clean = join(dir, 'clean');
    writeFileSync(clean, jsonl([ev({ time: 50, verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api', code: 101 })]));
    assert.equal(await main(['audit', 'detect', clean, '-o', 'jsonl', '--fail-on', 'medium'], c), 1);
    assert.equal(c.out().trim().split('\n').length, 1);
    const d = io();
    assert.equal(await main(['audit', 'detect', clean, '-o', 'jsonl', '--fail-on', 'medium', '--min-severity', 'high'], d), 0);
    assert.equal(d.out(), '');
  });

  it('reads stdin', async () => {
    const c = io(jsonl([ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'api', code: 101 })]));
    assert.equal(await main(['audit', 'detect', '-', '-o', 'jsonl'], c), 0);
    assert.match(c.out(), /audit\.pod-exec/);
  });

  it('--rules adds a user rule file; a broken one names file, rule and line (exit 2)', async () => {
    const mine = join(dir, 'mine.yaml');
    writeFileSync(mine, 'rules:\n  - id: my.bob\n    title: Bob\n    severity: low\n    condition: user.username == "bob"\n    output: "bob did {verb}"\n');
    const c = io();
    await main(['audit', 'detect', log, '--rules', mine, '-o', 'jsonl', '--disable-rules', 'audit.*'], c);
    assert.deepEqual(c.out().trim().split('\n').map((l) => JSON.parse(l).ruleId), ['my.bob', 'my.bob']);
    writeFileSync(mine, 'rules:\n  - id: my.bob\n    title: Bob\n    severity: low\n    condition: user.usernme == "bob" &&\n    output: "x"\n');
    const d = io();
    assert.equal(await main(['audit', 'detect', log, '--rules', mine], d), 2);
    assert.match(d.err(), /mine\.yaml:2: rule "my\.bob": condition: CEL syntax error/);
    assert.doesNotMatch(d.err(), /\n\s+at /, 'no stack trace');
  });

  it('--inventory raises alerts about powerful identities and says why', async () => {
    const inv = join(dir, 'rbac.yaml');
    writeFileSync(
      inv,
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: bob-admin}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects: [{kind: User, name: bob, apiGroup: rbac.authorization.k8s.io}]\n',
    );
    const c = io();
    await main(['audit', 'detect', log, '--inventory', inv, '-o', 'jsonl'], c);
    const exec = c.out().trim().split('\n').map((l) => JSON.parse(l)).find((a) => a.ruleId === 'audit.pod-exec');
    assert.equal(exec.severity, 'high');
    assert.match(exec.message, /holds cluster-admin: ClusterRoleBinding\/bob-admin → ClusterRole\/cluster-admin/);
  });

  it('--follow on a missing file says so at once (exit 2)', async () => {
    const c = io();
    assert.equal(await main(['audit', 'detect', join(dir, 'nope.log'), '--follow'], c), 2);
    assert.match(c.err(), /nope\.log: cannot read: ENOENT/);
  });

  it('--follow reads a growing file across rotation and truncation', async () => {
    const file = join(dir, 'live.log');
    writeFileSync(file, jsonl([ev({ verb: 'create', resource: 'pods/exec', namespace: 'a', name: 'p1', code: 101, auditID: 'one' })]));
    const c = io();
    const ctrl = new AbortController();
    const ruleSet = ruleSetFor({});
    const done = runFollow([file], { output: 'jsonl', rules: [], disableRules: [], failOn: 'none', ruleSet }, c, ctrl.signal);
    const until = async (n: number) => {
      for (let i = 0; i < 600 && c.out().trim().split('\n').filter(Boolean).length < n; i++) await new Promise((r) => setTimeout(r, 25));
    };
    await until(1);
    appendFileSync(file, JSON.stringify(ev({ verb: 'create', resource: 'pods/exec', namespace: 'a', name: 'p2', code: 101, auditID: 'two' })) + '\n');
    await until(2);
    appendFileSync(file, 'garbage\n');
    renameSync(file, file + '.1');
    writeFileSync(file, jsonl([ev({ verb: 'create', resource: 'pods/exec', namespace: 'a', name: 'p3', code: 101, auditID: 'three' })]));
    await until(3);
    // copytruncate: emptied in place, then written again
    writeFileSync(file, '');
    await new Promise((r) => setTimeout(r, 400));
    appendFileSync(file, jsonl([ev({ verb: 'create', resource: 'pods/exec', namespace: 'a', name: 'p5', code: 101, auditID: 'five' })]));
    await until(4);
    ctrl.abort();
    assert.equal(await done, 2, 'the garbage line makes the exit status 2');
    const ids = c.out().trim().split('\n').map((l) => JSON.parse(l).events[0]);
    assert.deepEqual(ids, ['one', 'two', 'three', 'five']);
    assert.match(c.err(), /live\.log:3: error: not valid JSON/);
  });
});
