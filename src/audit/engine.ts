import { performance } from 'node:perf_hooks';
import type { Alert, AlertObjectRef } from './alert.js';
import { eventView } from './cel.js';
import { eventTime, type AuditEvent } from './event.js';
import { getPath, parsePath, pathText } from './paths.js';
import type { CompiledRule, Conjunct, RuleSet, WindowSpec } from './rules.js';
import { CountWindow, DistinctWindow, LruMap } from './state.js';

/**
 * Runs compiled rules over a stream of events. Rules are indexed by what they can match (stage,
 * verb, resource, subresource, response code): the candidate rules of each combination are worked
 * out once and cached, so an event is evaluated only against the rules that can fire on it, and an
 * event no rule can match costs one map lookup.
 */

export interface DetectorOptions {
  readonly onAlert: (alert: Alert) => void;
  /** Adds what the cluster's inventory knows to an alert (for example the identity's RBAC power). */
  readonly enrich?: (alert: Alert, event: AuditEvent) => Alert;
  /** Measures the time spent in each rule (for /metrics); costs two clock reads per evaluation. */
  readonly timeRules?: boolean;
}

export interface DetectorStats {
  events: number;
  /** Candidate rule checks after indexing (CEL evaluations and window updates). */
  evaluations: number;
  alerts: number;
  readonly alertsByRule: Map<string, number>;
  readonly secondsByRule: Map<string, number>;
}

type Accessor = (e: AuditEvent) => string;

/** A conjunct as the detector runs it: shared by every rule that has it, its result kept for the current event. */
interface SharedConjunct {
  readonly slot: number;
  readonly condition: (view: Record<string, unknown>) => boolean;
  readonly memo?: Memo;
}

interface Runner {
  readonly rule: CompiledRule;
  /** The condition's conjuncts, cacheable ones (reading only small fields: user, verb, userAgent...) first. */
  readonly conjuncts: readonly SharedConjunct[];
  readonly users?: { exact: Set<string>; prefixes: string[] };
  readonly window?: WindowSpec;
  readonly groupKey?: Accessor;
  readonly distinctKey?: Accessor;
  readonly state?: LruMap<string, CountWindow | DistinctWindow | true>;
  /** Rules that see several stages of one request alert once for it. */
  readonly dedupe: boolean;
  readonly never: boolean;
}

const INDEX_LIMIT = 50_000;
const MEMO_CAPACITY = 4096;

const userKey = (u: AuditEvent['user'] | undefined): string =>
  u === undefined ? '-' : `${u.username ?? ''}\u0001${(u.groups ?? []).join('\u0002')}${u.extra ? `\u0001${JSON.stringify(u.extra)}` : ''}`;

/**
 * Parts of an event that a condition's result can be cached by: few distinct values in a log, and
 * cheap to turn into a key. A condition reading anything else (request bodies, objectRef, the URI)
 * is evaluated every time.
 */
const MEMO_KEYS: Readonly<Record<string, (e: AuditEvent) => string>> = {
  verb: (e) => e.verb,
  stage: (e) => e.stage,
  level: (e) => e.level ?? '',
  userAgent: (e) => e.userAgent ?? '',
  user: (e) => userKey(e.user),
  impersonatedUser: (e) => userKey(e.impersonatedUser),
  sourceIPs: (e) => (e.sourceIPs ?? []).join(','),
  responseStatus: (e) => {
    const r = e.responseStatus;
    return r ? `${r.code ?? ''}|${r.status ?? ''}|${r.reason ?? ''}|${r.message ?? ''}` : '-';
  },
  annotations: (e) => (e.annotations ? JSON.stringify(e.annotations) : '-'),
};

/** A key part: what it reads from an event, and its slot in the per-event cache. */
interface KeyPart {
  readonly slot: number;
  readonly compute: (e: AuditEvent) => string;
}

/** The key parts of one event, each computed once however many rules ask for it. */
class EventKeys {
  private readonly parts: (string | undefined)[];
  constructor(
    readonly e: AuditEvent,
    size: number,
  ) {
    this.parts = new Array<string | undefined>(size);
  }
  get(p: KeyPart): string {
    let v = this.parts[p.slot];
    if (v === undefined) this.parts[p.slot] = v = p.compute(this.e);
    return v;
  }
}

interface Memo {
  /** How much building its key costs, roughly: cheap conjuncts run first. */
  readonly cost: number;
  readonly parts: readonly KeyPart[];
  root: Map<string, unknown>;
  size: number;
}

function memoFor(rule: Conjunct, slotOf: (name: string, compute: (e: AuditEvent) => string) => KeyPart): Memo | undefined {
  if (rule.deps.size === 0) return undefined;
  const keys = rule.annotationKeys;
  const parts: [string, (e: AuditEvent) => string][] = [];
  for (const d of [...rule.deps].sort()) {
    const fields = rule.fields[d];
    if (fields) {
      // read field by field: the key is those fields only (responseStatus.code, user.username...)
      const get = (e: AuditEvent) => (e as unknown as Record<string, Record<string, unknown> | undefined>)[d];
      parts.push([
        `${d}.${fields.join(',')}`,
        fields.length === 1
          ? (e) => {
              const v = get(e)?.[fields[0]];
              return v === undefined ? '\u0002' : typeof v === 'string' ? v : Array.isArray(v) ? v.join('\u0001') : String(v);
            }
          : (e) => {
              const r = get(e);
              if (!r) return '\u0002';
              let k = '';
              for (const f of fields) {
                const v = r[f];
                k += `\u0003${v === undefined ? '\u0002' : Array.isArray(v) ? v.join('\u0001') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`;
              }
              return k;
            },
      ]);
      continue;
    }
    if (d === 'annotations' && keys) {
      const name = `annotations[${keys.join(',')}]`;
      parts.push([
        name,
        (e) => {
          const a = e.annotations;
          if (!a) return '-';
          let k = '';
          for (const key of keys) k += key in a ? `\u0001${a[key]}` : '\u0002';
          return k;
        },
      ]);
    } else if (MEMO_KEYS[d]) parts.push([d, MEMO_KEYS[d]]);
    else return undefined;
  }
  const cost = parts.reduce((n, [name]) => n + (/^(verb|stage|level|userAgent|responseStatus\.code)$/.test(name) ? 1 : name.startsWith('objectRef.') ? 2 : 4), 0);
  return { cost, parts: parts.map(([name, compute]) => slotOf(name, compute)), root: new Map(), size: 0 };
}

/** The cached result for this event's key parts (nested maps: no key string is built). */
function memoGet(m: Memo, keys: EventKeys): boolean | undefined {
  let node: unknown = m.root;
  for (let i = 0; i < m.parts.length; i++) {
    node = (node as Map<string, unknown>).get(keys.get(m.parts[i]));
    if (node === undefined) return undefined;
  }
  return node as boolean;
}

function memoSet(m: Memo, keys: EventKeys, value: boolean): void {
  if (m.size >= MEMO_CAPACITY) {
    m.root = new Map();
    m.size = 0;
  }
  let node = m.root;
  const last = m.parts.length - 1;
  for (let i = 0; i < last; i++) {
    const k = keys.get(m.parts[i]);
    let next = node.get(k) as Map<string, unknown> | undefined;
    if (next === undefined) node.set(k, (next = new Map()));
    node = next;
  }
  node.set(keys.get(m.parts[last]), value);
  m.size++;
}

const DEDUPE_CAPACITY = 10_000;
const MAX_EVENT_IDS = 50;

/** A getter for one path: plain property reads, the generic walk only when a list is met. */
function fastPath(p: readonly (string | number)[]): Accessor {
  return (e) => {
    let v: unknown = e;
    for (let i = 0; i < p.length; i++) {
      if (v === null || v === undefined) return '';
      if (Array.isArray(v) && typeof p[i] === 'string') return pathText(getPath(e, p));
      v = (v as Record<string | number, unknown>)[p[i]];
    }
    return typeof v === 'string' ? v : pathText(v);
  };
}

function accessor(paths: readonly string[]): Accessor {
  const getters = paths.map((p) => fastPath(parsePath(p)!));
  if (getters.length === 1) return getters[0];
  if (getters.length === 2) {
    const [a, b] = getters;
    return (e) => `${a(e)}\u0000${b(e)}`;
  }
  return (e) => {
    let k = getters[0](e);
    for (let i = 1; i < getters.length; i++) k += `\u0000${getters[i](e)}`;
    return k;
  };
}

function resourceMatches(patterns: readonly string[], resource: string, subresource: string): boolean {
  // audit Policy semantics (k8s.io/apiserver/pkg/audit/policy/checker.go, ruleMatchesResource)
  if (resource === '') return false;
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const p of patterns) {
    if (p === '*' || p === combined) return true;
    if (subresource && p.startsWith('*/') && p.slice(2) === subresource) return true;
    if (p.endsWith('/*') && p.slice(0, -2) === resource) return true;
  }
  return false;
}

export class Detector {
  private readonly runners: Runner[];
  /** stage → verb → resource → subresource → response code → candidate rules. */
  private readonly index = new Map<string, Map<string, Map<string, Map<string, Map<number, Runner[]>>>>>();
  private indexed = 0;
  private readonly seenStages = new LruMap<string, true>(DEDUPE_CAPACITY);
  private start: number | undefined;
  readonly stats: DetectorStats = { events: 0, evaluations: 0, alerts: 0, alertsByRule: new Map(), secondsByRule: new Map() };

  constructor(
    readonly ruleSet: RuleSet,
    private readonly opts: DetectorOptions,
  ) {
    const shared = new Map<string, SharedConjunct>();
    const keyParts = new Map<string, KeyPart>();
    const slotOf = (name: string, compute: (e: AuditEvent) => string): KeyPart => {
      let p = keyParts.get(name);
      if (!p) keyParts.set(name, (p = { slot: keyParts.size, compute }));
      return p;
    };
    const share = (c: Conjunct): SharedConjunct => {
      let s = shared.get(c.key);
      if (!s) shared.set(c.key, (s = { slot: shared.size, condition: c.condition, memo: memoFor(c, slotOf) }));
      return s;
    };
    const runners = ruleSet.rules.map((rule): Runner => {
      const s = rule.spec;
      const w = s.window;
      const users = s.match.users
        ? { exact: new Set(s.match.users.filter((u) => !u.endsWith('*'))), prefixes: s.match.users.filter((u) => u.endsWith('*')).map((u) => u.slice(0, -1)) }
        : undefined;
      const dedupe = s.match.stages.filter((st) => st !== 'RequestReceived').length > 1 && !w;
      return {
        rule,
        conjuncts: rule.conjuncts
          // a conjunct that reads nothing of the event (size(allowed_users) > 0) is decided now
          .filter((c) => c.deps.size > 0)
          .map(share)
          // cached conjuncts first, the cheapest keys first (verb before user); the rest evaluated last
          .sort((a, b) => (a.memo?.cost ?? 1000) - (b.memo?.cost ?? 1000)),
        never: rule.conjuncts.some((c) => c.deps.size === 0 && !c.condition({})),
        users,
        window: w,
        groupKey: w ? accessor(w.groupBy) : undefined,
        distinctKey: w?.type === 'distinct' ? accessor(w.distinct) : undefined,
        state: w ? new LruMap<string, CountWindow | DistinctWindow | true>(w.maxKeys) : undefined,
        dedupe,
      };
    });
    // rules that cannot fire (an allowlist left empty) are left out of the index
    this.runners = runners.filter((r) => !r.never);
    this.keyParts = keyParts.size;
    this.results = new Int8Array(shared.size);
    this.resultEvent = new Float64Array(shared.size).fill(-1);
  }

  private readonly keyParts: number;
  /** Per shared conjunct: its result (1 true, 0 false) for the event numbered resultEvent[slot]. */
  private readonly results: Int8Array;
  private readonly resultEvent: Float64Array;

  /** Keys tracked by a stateful rule now (for tests and /metrics). */
  stateSize(ruleId: string): number {
    return this.runners.find((r) => r.rule.spec.id === ruleId)?.state?.size ?? 0;
  }

  private candidates(e: AuditEvent): Runner[] {
    const ref = e.objectRef;
    const resource = ref?.resource ?? '';
    const subresource = ref?.subresource ?? '';
    const code = e.responseStatus?.code ?? 0;
    // nested maps: no key string is built per event
    let byVerb = this.index.get(e.stage);
    if (byVerb === undefined) this.index.set(e.stage, (byVerb = new Map()));
    let byResource = byVerb.get(e.verb);
    if (byResource === undefined) byVerb.set(e.verb, (byResource = new Map()));
    let bySub = byResource.get(resource);
    if (bySub === undefined) byResource.set(resource, (bySub = new Map()));
    let byCode = bySub.get(subresource);
    if (byCode === undefined) bySub.set(subresource, (byCode = new Map()));
    let list = byCode.get(code);
    if (list === undefined) {
      list = this.runners.filter(({ rule: { spec: { match: m } } }) => {
        if (!m.stages.includes(e.stage)) return false;
        if (m.verbs && !m.verbs.includes(e.verb)) return false;
        if (m.resources && !resourceMatches(m.resources, resource, subresource)) return false;
        if (m.codes && !m.codes.includes(code)) return false;
        return true;
      });
      // a flood of made-up verbs or resource names must not grow the index without bound
      if (++this.indexed > INDEX_LIMIT) {
        this.index.clear();
        this.indexed = 0;
      }
      byCode.set(code, list);
    }
    return list;
  }

  process(e: AuditEvent): void {
    this.stats.events++;
    // learning periods count from the first event of the stream
    if (this.start === undefined) this.start = eventTime(e);
    const list = this.candidates(e);
    if (list.length === 0) return;
    let view: Record<string, unknown> | undefined;
    let keys: EventKeys | undefined;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.users) {
        const name = e.user.username ?? '';
        if (!r.users.exact.has(name) && !r.users.prefixes.some((p) => name.startsWith(p))) continue;
      }
      this.stats.evaluations++;
      let ok = true;
      const seq = this.stats.events;
      for (let c = 0; c < r.conjuncts.length && ok; c++) {
        const { condition, memo, slot } = r.conjuncts[c];
        if (this.resultEvent[slot] === seq) {
          ok = this.results[slot] === 1;
          continue;
        }
        let result: boolean | undefined;
        if (memo) {
          keys ??= new EventKeys(e, this.keyParts);
          result = memoGet(memo, keys);
        }
        if (result === undefined) {
          view ??= eventView(e);
          result = this.evaluate(r, condition, view);
          if (memo) memoSet(memo, keys!, result);
        }
        this.results[slot] = result ? 1 : 0;
        this.resultEvent[slot] = seq;
        ok = result;
      }
      if (!ok) continue;
      if (r.dedupe) {
        const k = `${r.rule.spec.id}\u0000${e.auditID}`;
        if (this.seenStages.has(k)) continue;
        this.seenStages.set(k, true);
      }
      if (!r.window) {
        this.fire(r, e, view, [e.auditID], undefined);
        continue;
      }
      this.stateful(r, r.window, e, view);
    }
  }

  private evaluate(r: Runner, cond: (view: Record<string, unknown>) => boolean, view: Record<string, unknown>): boolean {
    if (!this.opts.timeRules) return cond(view);
    const t0 = performance.now();
    const ok = cond(view);
    const id = r.rule.spec.id;
    this.stats.secondsByRule.set(id, (this.stats.secondsByRule.get(id) ?? 0) + (performance.now() - t0) / 1000);
    return ok;
  }

  private stateful(r: Runner, w: WindowSpec, e: AuditEvent, view: Record<string, unknown> | undefined): void {
    const key = r.groupKey!(e);
    const state = r.state!;
    if (w.type === 'first-seen') {
      if (state.get(key) !== undefined) return;
      state.set(key, true);
      if (eventTime(e) < this.start! + w.learnMs) return;
      this.fire(r, e, view, [e.auditID], { count: 1, threshold: 0, duration: '', values: [] });
      return;
    }
    const t = eventTime(e);
    let win = state.get(key) as CountWindow | DistinctWindow | undefined;
    if (win === undefined) {
      win = w.type === 'count' ? new CountWindow(w.durationMs, w.threshold) : new DistinctWindow(w.durationMs, w.threshold);
      state.set(key, win);
    }
    const hits = win instanceof CountWindow ? win.add(t, e.auditID) : win.add(t, r.distinctKey!(e), e.auditID);
    if (!hits) return;
    const values = win instanceof DistinctWindow ? hits.map((h) => h.value ?? '') : [];
    this.fire(
      r,
      e,
      view,
      hits.map((h) => h.id),
      { count: hits.length, threshold: w.threshold, duration: formatDuration(w.durationMs), values },
    );
  }

  private fire(r: Runner, e: AuditEvent, view: Record<string, unknown> | undefined, ids: readonly string[], window: WindowFacts | undefined): void {
    const s = r.rule.spec;
    const v = view ?? eventView(e);
    const message = r.rule.render(window ? { ...v, window } : v);
    const ref = e.objectRef;
    const objectRef: AlertObjectRef = ref
      ? Object.fromEntries(
          (['apiGroup', 'resource', 'subresource', 'namespace', 'name'] as const).filter((k) => ref[k] !== undefined && ref[k] !== '').map((k) => [k, ref[k]]),
        )
      : {};
    let alert: Alert = {
      ruleId: s.id,
      severity: s.severity,
      title: s.title,
      message,
      time: e.requestReceivedTimestamp,
      user: e.user.username ?? '',
      sourceIPs: e.sourceIPs ?? [],
      objectRef,
      events: [...new Set(ids)].slice(-MAX_EVENT_IDS),
      references: { mitre: s.mitre, falco: s.falco },
    };
    if (this.opts.enrich) alert = this.opts.enrich(alert, e);
    this.stats.alerts++;
    this.stats.alertsByRule.set(s.id, (this.stats.alertsByRule.get(s.id) ?? 0) + 1);
    this.opts.onAlert(alert);
  }
}

interface WindowFacts {
  readonly count: number;
  readonly threshold: number;
  readonly duration: string;
  readonly values: readonly string[];
}

function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
