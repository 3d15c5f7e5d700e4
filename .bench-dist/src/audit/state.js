/**
 * The state stateful rules keep, bounded so that memory depends on the windows and the number of
 * keys a rule may track, never on the length of the log.
 */
/** A map that forgets its least recently used key beyond `capacity`. */
export class LruMap {
    capacity;
    map = new Map();
    evictions = 0;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new RangeError(`LRU capacity must be a positive integer, not ${capacity}`);
    }
    get size() {
        return this.map.size;
    }
    has(key) {
        return this.map.has(key);
    }
    /** The value, marked as most recently used. */
    get(key) {
        const v = this.map.get(key);
        if (v !== undefined) {
            this.map.delete(key);
            this.map.set(key, v);
        }
        return v;
    }
    set(key, value) {
        if (this.map.has(key))
            this.map.delete(key);
        else if (this.map.size >= this.capacity) {
            const oldest = this.map.keys().next();
            if (!oldest.done) {
                this.map.delete(oldest.value);
                this.evictions++;
            }
        }
        this.map.set(key, value);
    }
}
/**
 * "More than `threshold` matching events in `durationMs`" for one key. The window is
 * (t - duration, t]: an event exactly `duration` before the newest one has left it. Only the newest
 * threshold + 1 hits are kept: that is all the question needs.
 */
export class CountWindow {
    durationMs;
    threshold;
    hits = [];
    quietUntil = -Infinity;
    constructor(durationMs, threshold) {
        this.durationMs = durationMs;
        this.threshold = threshold;
    }
    /** Adds a hit; returns the hits in the window when it crosses the threshold (then stays quiet for one window). */
    add(t, id) {
        const hits = this.hits;
        // logs from several API servers interleave slightly out of order: insert in time order
        let i = hits.length;
        while (i > 0 && hits[i - 1].t > t)
            i--;
        hits.splice(i, 0, { t, id });
        const newest = hits[hits.length - 1].t;
        let drop = 0;
        while (drop < hits.length && hits[drop].t <= newest - this.durationMs)
            drop++;
        if (hits.length - drop > this.threshold + 1)
            drop = hits.length - (this.threshold + 1);
        if (drop > 0)
            hits.splice(0, drop);
        if (hits.length > this.threshold && newest >= this.quietUntil) {
            this.quietUntil = newest + this.durationMs;
            return hits.slice();
        }
        return undefined;
    }
}
/**
 * "More than `threshold` distinct values in `durationMs`" for one key (one identity listing many
 * resource types). Keeps at most threshold + 1 values, the most recently seen.
 */
export class DistinctWindow {
    durationMs;
    threshold;
    values = new Map();
    quietUntil = -Infinity;
    newest = -Infinity;
    constructor(durationMs, threshold) {
        this.durationMs = durationMs;
        this.threshold = threshold;
    }
    add(t, value, id) {
        const values = this.values;
        const prev = values.get(value);
        if (prev === undefined || prev.t <= t) {
            values.delete(value);
            values.set(value, { t, id, value });
        }
        if (t > this.newest)
            this.newest = t;
        const cutoff = this.newest - this.durationMs;
        for (const [k, hit] of values) {
            if (values.size > this.threshold + 1 || hit.t <= cutoff)
                values.delete(k);
            else
                break;
        }
        if (values.size > this.threshold && this.newest >= this.quietUntil) {
            this.quietUntil = this.newest + this.durationMs;
            return [...values.values()].sort((a, b) => a.t - b.t);
        }
        return undefined;
    }
}
/** Parses `90s`, `5m`, `1h`, `2d`, `250ms` into milliseconds; undefined when malformed. */
export function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
    if (!m)
        return undefined;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]];
    return Number(m[1]) * unit;
}
//# sourceMappingURL=state.js.map