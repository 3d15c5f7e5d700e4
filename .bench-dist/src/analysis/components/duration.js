const UNITS = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Go's time.ParseDuration, in milliseconds: `4h0m0s`, `5m`, `1.5h`, `-30s`, and the bare `0`. NaN
 * for anything Go rejects (a number without a unit, an unknown unit, an empty string).
 */
export function parseGoDuration(text) {
    let s = text;
    let sign = 1;
    if (s.startsWith('-') || s.startsWith('+')) {
        if (s[0] === '-')
            sign = -1;
        s = s.slice(1);
    }
    if (s === '0')
        return 0;
    if (s === '')
        return NaN;
    let total = 0;
    const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
    let pos = 0;
    while (pos < s.length) {
        re.lastIndex = pos;
        const m = re.exec(s);
        if (!m)
            return NaN;
        total += Number(m[1]) * UNITS[m[2]];
        pos = re.lastIndex;
    }
    return sign * total;
}
/** `4h0m0s`-style text for messages. */
export function formatDuration(ms) {
    if (ms === 0)
        return '0s';
    const h = Math.floor(ms / 3_600_000);
    const m = Math.floor((ms % 3_600_000) / 60_000);
    const s = (ms % 60_000) / 1000;
    return `${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${s}s`;
}
//# sourceMappingURL=duration.js.map