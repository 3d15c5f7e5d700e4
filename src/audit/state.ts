/**
 * The state stateful rules keep, bounded so that memory depends on the windows and the number of
 * keys a rule may track, never on the length of the log.
 */

/**
 * A map of at most `capacity` keys that forgets the least recently used ones first. Two
 * generations instead of a strict order: a hit in the young generation costs one lookup (no
 * reordering), a hit in the old one moves the key to the young; when the young generation is full
 * the old one is dropped. Every key used within the last `capacity / 2` distinct keys is kept.
 */
export class LruMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;
  evictions = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`LRU capacity must be a positive integer, not ${capacity}`);
    this.half = Math.max(1, Math.floor(capacity / 2));
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  has(key: K): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  /** The value, marked as recently used. */
  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.has(key)) {
      this.young.set(key, value);
      return;
    }
    this.old.delete(key);
    this.put(key, value);
  }

  private put(key: K, value: V): void {
    if (this.young.size >= this.half) {
      this.evictions += this.old.size;
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/** One entry in a window: when, and which event. */
export interface Hit {
  readonly t: number;
  readonly id: string;
  /** For a distinct window: the value counted. */
  readonly value?: string;
}

/**
 * "More than `threshold` matching events in `durationMs`" for one key. The window is
 * (t - duration, t]: an event exactly `duration` before the newest one has left it. Only the newest
 * threshold + 1 hits are kept: that is all the question needs.
 */
export class CountWindow {
  private hits: Hit[] = [];
  private quietUntil = -Infinity;

  constructor(
    private readonly durationMs: number,
    private readonly threshold: number,
  ) {}

  /** Adds a hit; returns the hits in the window when it crosses the threshold (then stays quiet for one window). */
  add(t: number, id: string): readonly Hit[] | undefined {
    const hits = this.hits;
    // logs from several API servers interleave slightly out of order: insert in time order
    let i = hits.length;
    while (i > 0 && hits[i - 1].t > t) i--;
    hits.splice(i, 0, { t, id });
    const newest = hits[hits.length - 1].t;
    let drop = 0;
    while (drop < hits.length && hits[drop].t <= newest - this.durationMs) drop++;
    if (hits.length - drop > this.threshold + 1) drop = hits.length - (this.threshold + 1);
    if (drop > 0) hits.splice(0, drop);
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
  private readonly values = new Map<string, Hit>();
  private quietUntil = -Infinity;
  private newest = -Infinity;

  constructor(
    private readonly durationMs: number,
    private readonly threshold: number,
  ) {}

  add(t: number, value: string, id: string): readonly Hit[] | undefined {
    const values = this.values;
    const prev = values.get(value);
    if (prev === undefined || prev.t <= t) {
      values.delete(value);
      values.set(value, { t, id, value });
    }
    if (t > this.newest) this.newest = t;
    const cutoff = this.newest - this.durationMs;
    for (const [k, hit] of values) {
      if (values.size > this.threshold + 1 || hit.t <= cutoff) values.delete(k);
      else break;
    }
    if (values.size > this.threshold && this.newest >= this.quietUntil) {
      this.quietUntil = this.newest + this.durationMs;
      return [...values.values()].sort((a, b) => a.t - b.t);
    }
    return undefined;
  }
}

/** Parses `90s`, `5m`, `1h`, `2d`, `250ms` into milliseconds; undefined when malformed. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}
