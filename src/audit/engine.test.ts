import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileRules, parseRuleFile, RuleFileError, type RuleSet } from './rules.js';
import { Detector } from './engine.js';
import { CountWindow, DistinctWindow, LruMap, parseDuration } from './state.js';
import type { Alert } from './alert.js';
import { auditEvent as ev } from './testing.js';

function ruleSet(yaml: string, lists: Record<string, string[]> = {}): RuleSet {
  return compileRules([parseRuleFile(yaml, 'test.yaml')], { lists });
}

function detect(set: RuleSet, events: ReturnType<typeof ev>[]): { alerts: Alert[]; detector: Detector } {
  const alerts: Alert[] = [];
  const detector = new Detector(set, { onAlert: (a) => alerts.push(a) });
  for (const e of events) detector.process(e);
  return { alerts, detector };
}

const countRule = (threshold: number, duration: string) => `
rules:
  - id: t.count
    title: count
    severity: medium
    match: { codes: [403] }
    window: { type: count, groupBy: user.username, duration: ${duration}, threshold: ${threshold} }
    output: "{user.username} {window.count} in {window.duration}"
`;

describe('sliding windows', () => {
  it('count: fires on the event that makes the count exceed the threshold within the window', () => {
    const set = ruleSet(countRule(3, '5m'));
    // 4 events, the first exactly 5 minutes before the last: it has left the window (t - 5m, t]
    const atBoundary = [0, 100, 200, 300].map((s) => ev({ user: 'm', code: 403, time: s }));
    assert.equal(detect(set, atBoundary).alerts.length, 0);
    // the same with the last event one millisecond earlier: all four are in
    const inside = [0, 100, 200, 299.999].map((s) => ev({ user: 'm', code: 403, time: s }));
    const { alerts } = detect(set, inside);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0].message, 'm 4 in 5m');
    assert.deepEqual(alerts[0].events, inside.map((e) => e.auditID));
    assert.equal(alerts[0].time, inside[3].requestReceivedTimestamp);
  });

  it('count: groups by key, and alerts once per window per key', () => {
    const set = ruleSet(countRule(2, '1m'));
    const events = [
      ...[0, 1, 2, 3, 4, 5].map((s) => ev({ user: 'a', code: 403, time: s })),
      ...[0, 1].map((s) => ev({ user: 'b', code: 403, time: s })),
      ...[70, 71, 72].map((s) => ev({ user: 'a', code: 403, time: s })),
    ];
    const { alerts } = detect(set, events);
    assert.deepEqual(
      alerts.map((a) => [a.user, a.time]),
      [
        ['a', events[2].requestReceivedTimestamp],
        ['a', events[10].requestReceivedTimestamp],
      ],
    );
  });

  it('count: events slightly out of order still count', () => {
    const w = new CountWindow(60_000, 2);
    assert.equal(w.add(10_000, 'b'), undefined);
    assert.equal(w.add(5_000, 'a'), undefined);
    assert.deepEqual(w.add(20_000, 'c')?.map((h) => h.id), ['a', 'b', 'c']);
  });

  it('distinct: counts distinct values, forgets those that left the window', () => {
    const w = new DistinctWindow(60_000, 2);
    assert.equal(w.add(0, 'pods', '1'), undefined);
    assert.equal(w.add(1000, 'pods', '2'), undefined);
    assert.equal(w.add(2000, 'secrets', '3'), undefined);
    assert.deepEqual(w.add(3000, 'nodes', '4')?.map((h) => h.value), ['pods', 'secrets', 'nodes']);
    const late = new DistinctWindow(60_000, 2);
    late.add(0, 'pods', '1');
    late.add(1000, 'secrets', '2');
    // pods (t=0) is exactly one window before t=60s: out
    assert.equal(late.add(60_000, 'nodes', '3'), undefined);
    assert.ok(late.add(60_500, 'configmaps', '4'));
  });

  it('first-seen: learns during the learning period, then alerts once per new key', () => {
    const set = ruleSet(`
rules:
  - id: t.first
    title: first
    severity: low
    window: { type: first-seen, groupBy: [user.username, verb], learn: 10m }
    output: "{user.username} {verb}"
`);
    const { alerts } = detect(set, [
      ev({ user: 'a', verb: 'get', time: 0 }),
      ev({ user: 'b', verb: 'get', time: 599 }),
      ev({ user: 'a', verb: 'get', time: 601 }),
      ev({ user: 'a', verb: 'delete', time: 602 }),
      ev({ user: 'a', verb: 'delete', time: 603 }),
      ev({ user: 'c', verb: 'get', time: 604 }),
    ]);
    assert.deepEqual(alerts.map((a) => a.message), ['a delete', 'c get']);
  });

  it('first-seen state is bounded: an LRU of maxKeys, forgotten keys alert again', () => {
    const set = ruleSet(`
rules:
  - id: t.first
    title: first
    severity: low
    window: { type: first-seen, groupBy: user.username, maxKeys: 3 }
    output: "{user.username}"
`);
    const alerts: Alert[] = [];
    const d = new Detector(set, { onAlert: (a) => alerts.push(a) });
    for (let i = 0; i < 1000; i++) d.process(ev({ user: `u${i}`, time: i }));
    assert.ok(d.stateSize('t.first') >= 1 && d.stateSize('t.first') <= 3, `${d.stateSize('t.first')} keys`);
    assert.equal(alerts.length, 1000);
    // u999 is remembered; u0 was forgotten long ago
    d.process(ev({ user: 'u999', time: 2000 }));
    d.process(ev({ user: 'u0', time: 2001 }));
    assert.deepEqual(alerts.slice(1000).map((a) => a.user), ['u0']);
  });

  it('count state is bounded by maxKeys too', () => {
    const set = ruleSet(countRule(5, '5m').replace('threshold: 5 }', 'threshold: 5, maxKeys: 100 }'));
    const alerts: Alert[] = [];
    const d = new Detector(set, { onAlert: (a) => alerts.push(a) });
    for (let i = 0; i < 10_000; i++) d.process(ev({ user: `u${i}`, code: 403, time: i / 100 }));
    assert.ok(d.stateSize('t.count') >= 50 && d.stateSize('t.count') <= 100, `${d.stateSize('t.count')} keys`);
  });

  it('LruMap keeps recently used keys within its capacity', () => {
    const m = new LruMap<number, number>(100);
    for (let i = 0; i < 10_000; i++) {
      m.set(i, i);
      m.get(7); // one key kept warm
      assert.ok(m.size <= 100);
    }
    assert.ok(m.has(7));
    for (let i = 9_950; i < 10_000; i++) assert.ok(m.has(i), `the last 50 keys are kept (${i})`);
    assert.ok(!m.has(5000));
  });

  it('LruMap evicts the least recently used key', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.get('a');
    m.set('c', 3);
    assert.deepEqual([m.has('a'), m.has('b'), m.has('c')], [true, false, true]);
    assert.equal(m.evictions, 1);
  });

  it('parses durations', () => {
    assert.deepEqual(['90s', '5m', '1h', '250ms', '2d', '5', 'm'].map(parseDuration), [90_000, 300_000, 3_600_000, 250, 172_800_000, undefined, undefined]);
  });
});

describe('rule index', () => {
  const set = ruleSet(`
rules:
  - id: t.exec
    title: exec
    severity: medium
    match: { verbs: [create], resources: [pods/exec] }
    condition: objectRef.namespace == "shop"
    output: x
  - id: t.any-sub
    title: any scale
    severity: low
    match: { resources: ["*/scale"] }
    output: x
  - id: t.pods-all
    title: pods and subresources
    severity: low
    match: { resources: ["pods/*"], verbs: [delete] }
    output: x
  - id: t.started
    title: started
    severity: low
    match: { stages: [ResponseStarted], resources: [pods/portforward] }
    output: x
`);

  it('evaluates an event only against the rules that can match it', () => {
    const { detector, alerts } = detect(set, [ev({ verb: 'get', resource: 'pods', namespace: 'shop' }), ev({ verb: 'list', resource: 'secrets' })]);
    assert.equal(detector.stats.evaluations, 0);
    assert.equal(alerts.length, 0);
    const r = detect(set, [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', name: 'a' }), ev({ verb: 'create', resource: 'pods/exec', namespace: 'x', name: 'a' })]);
    assert.equal(r.detector.stats.evaluations, 2);
    assert.deepEqual(r.alerts.map((a) => a.ruleId), ['t.exec']);
  });

  it('matches resources as an audit Policy does: resource/*, */subresource, plain names', () => {
    const ids = (e: ReturnType<typeof ev>) => detect(set, [e]).alerts.map((a) => a.ruleId);
    assert.deepEqual(ids(ev({ verb: 'update', resource: 'deployments/scale', namespace: 'a', name: 'b' })), ['t.any-sub']);
    assert.deepEqual(ids(ev({ verb: 'update', resource: 'deployments', namespace: 'a', name: 'b' })), []);
    assert.deepEqual(ids(ev({ verb: 'delete', resource: 'pods', namespace: 'a', name: 'b' })), ['t.pods-all']);
    assert.deepEqual(ids(ev({ verb: 'delete', resource: 'pods/status', namespace: 'a', name: 'b' })), ['t.pods-all']);
    assert.deepEqual(ids(ev({ verb: 'delete', resource: 'podtemplates', namespace: 'a', name: 'b' })), []);
  });

  it('looks at ResponseComplete and Panic by default, other stages when asked', () => {
    assert.equal(detect(set, [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', stage: 'RequestReceived' })]).alerts.length, 0);
    assert.equal(detect(set, [ev({ verb: 'create', resource: 'pods/exec', namespace: 'shop', stage: 'Panic', code: 500 })]).alerts.length, 1);
    assert.equal(detect(set, [ev({ verb: 'create', resource: 'pods/portforward', namespace: 'shop', stage: 'ResponseStarted' })]).alerts.length, 1);
    assert.equal(detect(set, [ev({ verb: 'create', resource: 'pods/portforward', namespace: 'shop' })]).alerts.length, 0);
  });

  it('alerts once for a request seen at two stages', () => {
    const two = ruleSet(`
rules:
  - id: t.two
    title: two
    severity: low
    match: { stages: [ResponseStarted, ResponseComplete], resources: [pods/exec] }
    output: x
`);
    const a = ev({ verb: 'create', resource: 'pods/exec', stage: 'ResponseStarted', auditID: 'same' });
    const b = { ...a, stage: 'ResponseComplete' as const };
    assert.equal(detect(two, [a, b]).alerts.length, 1);
  });

  it('users: exact names and prefixes', () => {
    const u = ruleSet(`
rules:
  - id: t.sa
    title: sa
    severity: low
    match: { users: ["system:serviceaccount:*", root] }
    output: "{user.username}"
`);
    const alerts = detect(u, [ev({ user: 'system:serviceaccount:a:b' }), ev({ user: 'root' }), ev({ user: 'rootless' }), ev({ user: 'system:node:x' })]).alerts;
    assert.deepEqual(alerts.map((a) => a.user), ['system:serviceaccount:a:b', 'root']);
  });
});

describe('rule files', () => {
  it('lists and macros expand in conditions, never inside strings or after a dot', () => {
    const set = ruleSet(
      `
lists:
  bad_users: [mallory, eve]
macros:
  is_bad: user.username in bad_users
  nested: is_bad && verb == "delete"
rules:
  - id: t.m
    title: m
    severity: low
    condition: nested && requestURI != "is_bad" && objectRef.name != "bad_users"
    output: "{user.username}"
`,
    );
    const alerts = detect(set, [ev({ user: 'eve', verb: 'delete', name: 'x' }), ev({ user: 'eve', verb: 'get' }), ev({ user: 'bob', verb: 'delete' })]).alerts;
    assert.deepEqual(alerts.map((a) => a.user), ['eve']);
  });

  it('a later file appends to a list, and a list can be replaced at compile time', () => {
    const base = parseRuleFile(
      `
lists:
  bad_users: [mallory]
rules:
  - id: t.m
    title: m
    severity: low
    condition: user.username in bad_users
    output: "{user.username}"
`,
      'base.yaml',
    );
    const mine = parseRuleFile('lists:\n  bad_users: { append: [eve] }\n', 'mine.yaml');
    const events = [ev({ user: 'eve' }), ev({ user: 'mallory' }), ev({ user: 'trent' })];
    assert.deepEqual(detect(compileRules([base, mine]), events).alerts.map((a) => a.user), ['eve', 'mallory']);
    assert.deepEqual(detect(compileRules([base], { lists: { bad_users: ['trent'] } }), events).alerts.map((a) => a.user), ['trent']);
  });

  it('errors name the file, the line and the rule; every problem is listed', () => {
    const text = `rules:
  - id: t.ok
    title: ok
    severity: low
    output: x
  - id: t.bad
    title: bad
    severity: urgent
    conditon: verb == "get"
    output: "{user.}"
  - id: t.window
    title: w
    severity: low
    window: { type: count, groupBy: user.username, duration: 5 minutes, threshold: 0 }
    output: x
`;
    assert.throws(
      () => parseRuleFile(text, 'my-rules.yaml'),
      (e: unknown) => {
        assert.ok(e instanceof RuleFileError);
        const lines = e.problems.map((p) => `${p.file}:${p.line}: ${p.rule}: ${p.message}`);
        assert.ok(lines.some((l) => l.startsWith('my-rules.yaml:8: t.bad: severity "urgent"')), lines.join('\n'));
        assert.ok(lines.some((l) => l.startsWith('my-rules.yaml:9: t.bad: unknown field "conditon"')), lines.join('\n'));
        assert.ok(lines.some((l) => l.startsWith('my-rules.yaml:10: t.bad: output placeholder')), lines.join('\n'));
        assert.ok(lines.some((l) => l.startsWith('my-rules.yaml:14: t.window: `window.duration`')), lines.join('\n'));
        assert.ok(lines.some((l) => l.startsWith('my-rules.yaml:14: t.window: `window.threshold`')), lines.join('\n'));
        return true;
      },
    );
  });

  it('CEL errors are found when the file loads: syntax, unknown variables and functions', () => {
    const bad = (condition: string) => () =>
      compileRules([parseRuleFile(`rules:\n  - id: t.c\n    title: c\n    severity: low\n    output: x\n    condition: '${condition}'\n`, 'c.yaml')]);
    assert.throws(bad('verb == '), /c\.yaml:2: rule "t\.c": condition: CEL syntax error at 1:6/);
    assert.throws(bad('usr.username == "a"'), /unknown variable "usr"/);
    assert.throws(bad('verb.startWith("a")'), /unknown function "startWith"/);
    assert.throws(
      () => compileRules([parseRuleFile('macros:\n  a: b\n  b: a\nrules: []\n', 'm.yaml')]),
      /cycle/,
    );
  });

  it('YAML syntax errors and duplicate ids are reported with their line', () => {
    assert.throws(() => parseRuleFile('rules:\n  - id: [\n', 'y.yaml'), /y\.yaml:\d+: YAML/);
    assert.throws(
      () => parseRuleFile('rules:\n  - {id: t.a, title: a, severity: low, output: x}\n  - {id: t.a, title: a, severity: low, output: x}\n', 'd.yaml'),
      /d\.yaml:3: rule "t\.a": duplicate rule id \(first at line 2\)/,
    );
  });

  it('a user rule replaces a built-in one only when it says so', () => {
    const a = parseRuleFile('rules:\n  - {id: t.a, title: a, severity: low, output: x}\n', 'a.yaml');
    const b = parseRuleFile('rules:\n  - {id: t.a, title: b, severity: high, output: y}\n', 'b.yaml');
    assert.throws(() => compileRules([a, b]), /b\.yaml:2: rule "t\.a": rule id already defined at a\.yaml:2/);
    const c = parseRuleFile('rules:\n  - {id: t.a, title: b, severity: high, output: y, replace: true}\n', 'c.yaml');
    assert.equal(compileRules([a, c]).rules[0].spec.severity, 'high');
  });

  it('disables rules by id or glob', () => {
    const a = parseRuleFile('rules:\n  - {id: t.a, title: a, severity: low, output: x}\n  - {id: u.b, title: b, severity: low, output: x}\n', 'a.yaml');
    assert.deepEqual(compileRules([a], { disable: ['t.*'] }).rules.map((r) => r.spec.id), ['u.b']);
  });
});

describe('the README', () => {
  it('shows a rule file that loads and works', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Audit logs'));
    const yaml = /```yaml\n(lists:[\s\S]*?)```/.exec(section)?.[1];
    assert.ok(yaml, 'the README has a rule file example');
    const { builtinRuleFiles } = await import('./rules.js');
    const set = compileRules([...builtinRuleFiles(), parseRuleFile(yaml, 'README.md')], { disable: ['audit.*'] });
    const night = ev({ user: 'system:serviceaccount:ci:deployer', verb: 'delete', resource: 'pods', namespace: 'a', name: 'b', time: '2024-05-01T03:00:00.000000Z' });
    const day = { ...night, auditID: 'day', requestReceivedTimestamp: '2024-05-01T13:00:00.000000Z' };
    assert.deepEqual(detect(set, [night, day]).alerts.map((a) => a.message), ['system:serviceaccount:ci:deployer delete pods a/b at 2024-05-01T03:00:00.000000Z']);
  });
});
