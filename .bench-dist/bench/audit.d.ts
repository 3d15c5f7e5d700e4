/** A generator of audit event lines: deterministic for a seed, about 700 bytes a line. */
export declare function eventLines(seed?: number): () => string;
/** Runs the audit benchmarks; returns Markdown. */
export declare function benchAudit(argv?: readonly string[]): Promise<string>;
