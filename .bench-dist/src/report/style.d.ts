import type { Severity } from '../findings/finding.js';
/** ANSI styling that collapses to plain text when colour is off. */
export interface Style {
    bold(s: string): string;
    dim(s: string): string;
    severity(sev: Severity, s: string): string;
}
export declare function makeStyle(colour: boolean): Style;
/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export declare function colourWanted(stream: {
    isTTY?: boolean;
}, env?: NodeJS.ProcessEnv): boolean;
