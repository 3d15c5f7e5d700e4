/**
 * The state stateful rules keep, bounded so that memory depends on the windows and the number of
 * keys a rule may track, never on the length of the log.
 */
/** A map that forgets its least recently used key beyond `capacity`. */
export declare class LruMap<K, V> {
    readonly capacity: number;
    private readonly map;
    evictions: number;
    constructor(capacity: number);
    get size(): number;
    has(key: K): boolean;
    /** The value, marked as most recently used. */
    get(key: K): V | undefined;
    set(key: K, value: V): void;
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
export declare class CountWindow {
    private readonly durationMs;
    private readonly threshold;
    private hits;
    private quietUntil;
    constructor(durationMs: number, threshold: number);
    /** Adds a hit; returns the hits in the window when it crosses the threshold (then stays quiet for one window). */
    add(t: number, id: string): readonly Hit[] | undefined;
}
/**
 * "More than `threshold` distinct values in `durationMs`" for one key (one identity listing many
 * resource types). Keeps at most threshold + 1 values, the most recently seen.
 */
export declare class DistinctWindow {
    private readonly durationMs;
    private readonly threshold;
    private readonly values;
    private quietUntil;
    private newest;
    constructor(durationMs: number, threshold: number);
    add(t: number, value: string, id: string): readonly Hit[] | undefined;
}
/** Parses `90s`, `5m`, `1h`, `2d`, `250ms` into milliseconds; undefined when malformed. */
export declare function parseDuration(text: string): number | undefined;
