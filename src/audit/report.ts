import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { compareAlerts, type Alert } from './alert.js';
import { powerEnricher } from './correlate.js';
import { DiagnosticLog, MAX_DIAGNOSTICS, ruleSetFor, summarize, type DetectSummary } from './detect.js';
import { Detector } from './engine.js';
import { eventTime, type AuditEvent } from './event.js';
import { readAuditSources, type ReadOptions } from './reader.js';
import type { RuleSet } from './rules.js';
import { LruMap } from './state.js';

/**
 * What happened in an audit log, for a person: who made the requests and from where, who was
 * refused, who read Secrets, who ran commands in which pods, a timeline, and the alerts. Plain
 * data: the JSON output and the HTML report's audit section render the same record.
 */
export interface AuditReport {
  readonly summary: { readonly files: number; readonly events: number; readonly requests: number; readonly malformed: number; readonly from?: string; readonly to?: string };
  readonly topUsers: readonly { readonly user: string; readonly requests: number; readonly forbidden: number }[];
  readonly topSourceIPs: readonly { readonly ip: string; readonly requests: number; readonly forbidden: number; readonly users: readonly string[] }[];
  readonly forbiddenByUser: readonly { readonly user: string; readonly count: number; readonly last: string; readonly examples: readonly string[] }[];
  readonly secretReaders: readonly { readonly user: string; readonly gets: number; readonly lists: number; readonly secrets: readonly string[] }[];
  readonly execs: readonly { readonly user: string; readonly pod: string; readonly kind: string; readonly count: number; readonly first: string; readonly last: string }[];
  readonly timeline: readonly { readonly start: string; readonly requests: number; readonly forbidden: number; readonly alerts: number }[];
  readonly alerts: { readonly summary: DetectSummary; readonly list: readonly Alert[] };
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReportOptions extends ReadOptions {
  readonly top?: number;
  readonly ruleSet?: RuleSet;
  readonly rules?: readonly string[];
  readonly disable?: readonly string[];
  readonly inventory?: Inventory;
}

/** Keys kept per table at most, so a log with millions of distinct addresses stays bounded. */
const MAX_KEYS = 100_000;
const MAX_LISTED = 20;

interface UserStats {
  requests: number;
  forbidden: number;
  forbiddenLast: string;
  forbiddenExamples: string[];
}

function bump<K>(m: Map<K, number>, k: K, n = 1): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** Hour buckets for a day or less, day buckets beyond. */
function bucketMs(spanMs: number): number {
  return spanMs <= 2 * 86_400_000 ? 3_600_000 : 86_400_000;
}

export async function auditReport(paths: readonly string[], opts: ReportOptions = {}, onDiagnostic?: (d: Diagnostic) => void): Promise<AuditReport> {
  const top = opts.top ?? 10;
  const ruleSet = opts.ruleSet ?? ruleSetFor(opts);
  const alerts: Alert[] = [];
  const detector = new Detector(ruleSet, { onAlert: (a) => alerts.push(a), enrich: opts.inventory ? powerEnricher(opts.inventory) : undefined });
  const users = new Map<string, UserStats>();
  const ips = new Map<string, { requests: number; forbidden: number; users: Set<string> }>();
  const secrets = new Map<string, { gets: number; lists: number; names: Set<string> }>();
  const execs = new Map<string, { user: string; pod: string; kind: string; count: number; first: string; firstMs: number; last: string; lastMs: number }>();
  const seenExec = new LruMap<string, true>(10_000);
  // hourly counts; merged into days at the end for long logs
  const hours = new Map<number, { requests: number; forbidden: number }>();
  let requests = 0;
  let from: { ms: number; s: string } | undefined;
  let to: { ms: number; s: string } | undefined;

  const onEvent = (e: AuditEvent): void => {
    detector.process(e);
    const sub = e.objectRef?.subresource;
    const code = e.responseStatus?.code ?? 0;
    const user = e.user.username ?? '';
    if ((sub === 'exec' || sub === 'attach' || sub === 'portforward') && e.objectRef?.resource === 'pods' && (e.stage === 'ResponseStarted' || e.stage === 'ResponseComplete') && code !== 401 && code !== 403) {
      if (!seenExec.has(e.auditID)) {
        seenExec.set(e.auditID, true);
        const pod = `${e.objectRef.namespace ?? ''}/${e.objectRef.name ?? ''}`;
        const key = `${user}\u0000${pod}\u0000${sub}`;
        const ms = eventTime(e);
        const x = execs.get(key);
        if (x) {
          x.count++;
          if (ms < x.firstMs) ((x.firstMs = ms), (x.first = e.requestReceivedTimestamp));
          if (ms > x.lastMs) ((x.lastMs = ms), (x.last = e.requestReceivedTimestamp));
        } else if (execs.size < MAX_KEYS) execs.set(key, { user, pod, kind: sub, count: 1, first: e.requestReceivedTimestamp, firstMs: ms, last: e.requestReceivedTimestamp, lastMs: ms });
      }
    }
    // one request is logged at up to four stages: count it once, when it completes
    if (e.stage !== 'ResponseComplete' && e.stage !== 'Panic') return;
    requests++;
    const ms = eventTime(e);
    const hour = Math.floor(ms / 3_600_000) * 3_600_000;
    let h = hours.get(hour);
    if (!h) hours.set(hour, (h = { requests: 0, forbidden: 0 }));
    h.requests++;
    if (!from || ms < from.ms) from = { ms, s: e.requestReceivedTimestamp };
    if (!to || ms > to.ms) to = { ms, s: e.requestReceivedTimestamp };
    const forbidden = code === 401 || code === 403;
    if (forbidden) h.forbidden++;
    let u = users.get(user);
    if (!u && users.size < MAX_KEYS) users.set(user, (u = { requests: 0, forbidden: 0, forbiddenLast: '', forbiddenExamples: [] }));
    if (u) {
      u.requests++;
      if (forbidden) {
        u.forbidden++;
        if (e.requestReceivedTimestamp > u.forbiddenLast) u.forbiddenLast = e.requestReceivedTimestamp;
        const example = `${e.verb} ${e.requestURI}`;
        if (u.forbiddenExamples.length < 3 && !u.forbiddenExamples.includes(example)) u.forbiddenExamples.push(example);
      }
    }
    const ip = e.sourceIPs?.[0] ?? '';
    let i = ips.get(ip);
    if (!i && ips.size < MAX_KEYS) ips.set(ip, (i = { requests: 0, forbidden: 0, users: new Set() }));
    if (i) {
      i.requests++;
      if (forbidden) i.forbidden++;
      if (i.users.size < MAX_LISTED) i.users.add(user);
    }
    if (e.objectRef?.resource === 'secrets' && !sub && code >= 200 && code < 300 && (e.verb === 'get' || e.verb === 'list' || e.verb === 'watch')) {
      let s = secrets.get(user);
      if (!s && secrets.size < MAX_KEYS) secrets.set(user, (s = { gets: 0, lists: 0, names: new Set() }));
      if (s) {
        if (e.verb === 'get') s.gets++;
        else s.lists++;
        const name = e.verb === 'get' ? `${e.objectRef.namespace ?? ''}/${e.objectRef.name ?? ''}` : `${e.objectRef.namespace || '*'}/* (${e.verb})`;
        if (s.names.size < MAX_LISTED) s.names.add(name);
      }
    }
  };

  const diagnostics = new DiagnosticLog(MAX_DIAGNOSTICS, onDiagnostic);
  const stats = await readAuditSources(paths, { event: onEvent, diagnostic: (d) => diagnostics.add(d) }, opts);
  alerts.sort(compareAlerts);

  const byCount = <T>(key: (x: T) => number, name: (x: T) => string) => (a: T, b: T) => key(b) - key(a) || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
  const userRows = [...users].map(([user, s]) => ({ user, ...s }));
  const timeline: { start: string; requests: number; forbidden: number; alerts: number }[] = [];
  if (from && to) {
    const size = bucketMs(to.ms - from.ms);
    const first = Math.floor(from.ms / size) * size;
    const n = Math.floor((to.ms - first) / size) + 1;
    const rows = Array.from({ length: n }, (_, k) => ({ start: new Date(first + k * size).toISOString(), requests: 0, forbidden: 0, alerts: 0 }));
    const at = (ms: number) => rows[Math.min(n - 1, Math.max(0, Math.floor((ms - first) / size)))];
    for (const [t, c] of hours) {
      const row = at(t);
      row.requests += c.requests;
      row.forbidden += c.forbidden;
    }
    for (const a of alerts) at(Date.parse(a.time)).alerts++;
    timeline.push(...rows);
  }
  return {
    summary: { files: stats.files, events: stats.events, requests, malformed: stats.malformed, from: from?.s, to: to?.s },
    topUsers: userRows
      .sort(byCount((x) => x.requests, (x) => x.user))
      .slice(0, top)
      .map((x) => ({ user: x.user, requests: x.requests, forbidden: x.forbidden })),
    topSourceIPs: [...ips]
      .map(([ip, s]) => ({ ip, requests: s.requests, forbidden: s.forbidden, users: [...s.users].sort() }))
      .sort(byCount((x) => x.requests, (x) => x.ip))
      .slice(0, top),
    forbiddenByUser: userRows
      .filter((x) => x.forbidden > 0)
      .sort(byCount((x) => x.forbidden, (x) => x.user))
      .slice(0, top)
      .map((x) => ({ user: x.user, count: x.forbidden, last: x.forbiddenLast, examples: x.forbiddenExamples })),
    secretReaders: [...secrets]
      .map(([user, s]) => ({ user, gets: s.gets, lists: s.lists, secrets: [...s.names].sort() }))
      .sort(byCount((x) => x.gets + x.lists, (x) => x.user)),
    execs: [...execs.values()]
      .map(({ user, pod, kind, count, first, last }) => ({ user, pod, kind, count, first, last }))
      .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.user < b.user ? -1 : a.user > b.user ? 1 : a.pod < b.pod ? -1 : 1)),
    timeline,
    alerts: { summary: summarize(alerts, stats, ruleSet.rules.length, diagnostics.omitted), list: alerts },
    diagnostics: diagnostics.list,
  };
}
