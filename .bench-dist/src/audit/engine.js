import { performance } from 'node:perf_hooks';
import { eventView } from './cel.js';
import { eventTime } from './event.js';
import { getPath, parsePath, pathText } from './paths.js';
import { CountWindow, DistinctWindow, LruMap } from './state.js';
const INDEX_LIMIT = 50_000;
const DEDUPE_CAPACITY = 10_000;
const MAX_EVENT_IDS = 50;
function accessor(paths) {
    const parsed = paths.map((p) => parsePath(p));
    if (parsed.length === 1) {
        const p = parsed[0];
        return (e) => pathText(getPath(e, p));
    }
    return (e) => parsed.map((p) => pathText(getPath(e, p))).join('\u0000');
}
function resourceMatches(patterns, resource, subresource) {
    // audit Policy semantics (k8s.io/apiserver/pkg/audit/policy/checker.go, ruleMatchesResource)
    if (resource === '')
        return false;
    const combined = subresource ? `${resource}/${subresource}` : resource;
    for (const p of patterns) {
        if (p === '*' || p === combined)
            return true;
        if (subresource && p.startsWith('*/') && p.slice(2) === subresource)
            return true;
        if (p.endsWith('/*') && p.slice(0, -2) === resource)
            return true;
    }
    return false;
}
export class Detector {
    ruleSet;
    opts;
    runners;
    index = new Map();
    seenStages = new LruMap(DEDUPE_CAPACITY);
    start;
    stats = { events: 0, evaluations: 0, alerts: 0, alertsByRule: new Map(), secondsByRule: new Map() };
    constructor(ruleSet, opts) {
        this.ruleSet = ruleSet;
        this.opts = opts;
        this.runners = ruleSet.rules.map((rule) => {
            const s = rule.spec;
            const w = s.window;
            const users = s.match.users
                ? { exact: new Set(s.match.users.filter((u) => !u.endsWith('*'))), prefixes: s.match.users.filter((u) => u.endsWith('*')).map((u) => u.slice(0, -1)) }
                : undefined;
            const dedupe = s.match.stages.filter((st) => st !== 'RequestReceived').length > 1 && !w;
            return {
                rule,
                users,
                window: w,
                groupKey: w ? accessor(w.groupBy) : undefined,
                distinctKey: w?.type === 'distinct' ? accessor(w.distinct) : undefined,
                state: w ? new LruMap(w.maxKeys) : undefined,
                dedupe,
            };
        });
    }
    /** Keys tracked by a stateful rule now (for tests and /metrics). */
    stateSize(ruleId) {
        return this.runners.find((r) => r.rule.spec.id === ruleId)?.state?.size ?? 0;
    }
    candidates(e) {
        const ref = e.objectRef;
        const resource = ref?.resource ?? '';
        const subresource = ref?.subresource ?? '';
        const code = e.responseStatus?.code ?? 0;
        const key = `${e.stage}\u0000${e.verb}\u0000${resource}\u0000${subresource}\u0000${code}`;
        let list = this.index.get(key);
        if (list === undefined) {
            list = this.runners.filter(({ rule: { spec: { match: m } } }) => {
                if (!m.stages.includes(e.stage))
                    return false;
                if (m.verbs && !m.verbs.includes(e.verb))
                    return false;
                if (m.resources && !resourceMatches(m.resources, resource, subresource))
                    return false;
                if (m.codes && !m.codes.includes(code))
                    return false;
                return true;
            });
            // a flood of made-up resource names must not grow the index without bound
            if (this.index.size >= INDEX_LIMIT)
                this.index.clear();
            this.index.set(key, list);
        }
        return list;
    }
    process(e) {
        this.stats.events++;
        // learning periods count from the first event of the stream
        if (this.start === undefined)
            this.start = eventTime(e);
        const list = this.candidates(e);
        if (list.length === 0)
            return;
        let view;
        let t;
        for (let i = 0; i < list.length; i++) {
            const r = list[i];
            if (r.users) {
                const name = e.user.username ?? '';
                if (!r.users.exact.has(name) && !r.users.prefixes.some((p) => name.startsWith(p)))
                    continue;
            }
            this.stats.evaluations++;
            const cond = r.rule.condition;
            if (cond) {
                view ??= eventView(e);
                let ok;
                if (this.opts.timeRules) {
                    const t0 = performance.now();
                    ok = cond(view);
                    const id = r.rule.spec.id;
                    this.stats.secondsByRule.set(id, (this.stats.secondsByRule.get(id) ?? 0) + (performance.now() - t0) / 1000);
                }
                else
                    ok = cond(view);
                if (!ok)
                    continue;
            }
            if (r.dedupe) {
                const k = `${r.rule.spec.id}\u0000${e.auditID}`;
                if (this.seenStages.has(k))
                    continue;
                this.seenStages.set(k, true);
            }
            if (!r.window) {
                this.fire(r, e, view, [e.auditID], undefined);
                continue;
            }
            t ??= eventTime(e);
            this.stateful(r, r.window, e, t, view);
        }
    }
    stateful(r, w, e, t, view) {
        const key = r.groupKey(e);
        const state = r.state;
        if (w.type === 'first-seen') {
            const known = state.get(key) !== undefined;
            if (!known)
                state.set(key, true);
            if (known || t < this.start + w.learnMs)
                return;
            this.fire(r, e, view, [e.auditID], { count: 1, threshold: 0, duration: '', values: [] });
            return;
        }
        let win = state.get(key);
        if (win === undefined) {
            win = w.type === 'count' ? new CountWindow(w.durationMs, w.threshold) : new DistinctWindow(w.durationMs, w.threshold);
            state.set(key, win);
        }
        const hits = win instanceof CountWindow ? win.add(t, e.auditID) : win.add(t, r.distinctKey(e), e.auditID);
        if (!hits)
            return;
        const values = win instanceof DistinctWindow ? hits.map((h) => h.value ?? '') : [];
        this.fire(r, e, view, hits.map((h) => h.id), { count: hits.length, threshold: w.threshold, duration: formatDuration(w.durationMs), values });
    }
    fire(r, e, view, ids, window) {
        const s = r.rule.spec;
        const v = view ?? eventView(e);
        const message = r.rule.render(window ? { ...v, window } : v);
        const ref = e.objectRef;
        const objectRef = ref
            ? Object.fromEntries(['apiGroup', 'resource', 'subresource', 'namespace', 'name'].filter((k) => ref[k] !== undefined && ref[k] !== '').map((k) => [k, ref[k]]))
            : {};
        let alert = {
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
        if (this.opts.enrich)
            alert = this.opts.enrich(alert, e);
        this.stats.alerts++;
        this.stats.alertsByRule.set(s.id, (this.stats.alertsByRule.get(s.id) ?? 0) + 1);
        this.opts.onAlert(alert);
    }
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
//# sourceMappingURL=engine.js.map