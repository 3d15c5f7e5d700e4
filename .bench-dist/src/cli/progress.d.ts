import type { CliIo } from './io.js';
/**
 * Status on stderr, only when stderr is a terminal (and not in CI). On a terminal that takes
 * cursor control it is one line rewritten in place; with NO_COLOR or TERM=dumb each status is a
 * plain line of its own, without escape sequences.
 */
export declare function progress(io: CliIo): {
    update(text: string): void;
    done(): void;
};
/** `reading prod: 12/31 kinds, 45,210 objects, 8,400 objects/s` for a cluster read under way. */
export declare function readStatus(server: string, p: {
    kindsDone: number;
    kindsTotal: number;
    objects: number;
}, elapsedMs: number): string;
