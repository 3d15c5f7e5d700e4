/**
 * Go's time.ParseDuration, in milliseconds: `4h0m0s`, `5m`, `1.5h`, `-30s`, and the bare `0`. NaN
 * for anything Go rejects (a number without a unit, an unknown unit, an empty string).
 */
export declare function parseGoDuration(text: string): number;
/** `4h0m0s`-style text for messages. */
export declare function formatDuration(ms: number): string;
