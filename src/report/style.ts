import type { Severity } from '../findings/finding.js';

/** ANSI styling that collapses to plain text when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  severity(sev: Severity, s: string): string;
}

const SGR: Record<Severity, string> = { critical: '1;35', high: '31', medium: '33', low: '36', info: '2' };

export function makeStyle(colour: boolean): Style {
  const wrap = (code: string, s: string): string => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  return {
    bold: (s) => wrap('1', s),
    dim: (s) => wrap('2', s),
    severity: (sev, s) => wrap(SGR[sev], s),
  };
}

/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
