const SGR = { critical: '1;35', high: '31', medium: '33', low: '36', info: '2' };
export function makeStyle(colour) {
    const wrap = (code, s) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
    return {
        bold: (s) => wrap('1', s),
        dim: (s) => wrap('2', s),
        severity: (sev, s) => wrap(SGR[sev], s),
    };
}
/** Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function colourWanted(stream, env = process.env) {
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0')
        return true;
    return stream.isTTY === true && env.TERM !== 'dumb';
}
//# sourceMappingURL=style.js.map