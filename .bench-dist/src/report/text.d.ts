/** "1 finding", "2 findings"; `plural` for irregular words ("1 policy", "2 policies"). */
export declare function count(n: number, singular: string, plural?: string): string;
/**
 * Breaks text into lines of at most `width` characters at spaces (a word longer than the width is
 * cut). With `maxLines`, the last line kept ends with "…" when text was left out.
 */
export declare function wrap(text: string, width: number, maxLines?: number): {
    lines: string[];
    truncated: boolean;
};
/** Display width of a string without its ANSI escape sequences. */
export declare function visibleLength(s: string): number;
/** A piece of a line: its text, and how to colour it once placed. */
export interface Part {
    readonly text: string;
    readonly style?: (s: string) => string;
}
/**
 * Lays out parts separated by two spaces, starting a new line (indented by `indent`) when the next
 * part would pass the width, and cutting a part longer than a whole line with "…".
 */
export declare function fitParts(parts: readonly Part[], width: number | undefined, indent: string, first?: string): string[];
