/** "1 finding", "2 findings"; `plural` for irregular words ("1 policy", "2 policies"). */
export function count(n, singular, plural = `${singular}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? singular : plural}`;
}
/**
 * Breaks text into lines of at most `width` characters at spaces (a word longer than the width is
 * cut). With `maxLines`, the last line kept ends with "…" when text was left out.
 */
export function wrap(text, width, maxLines = Infinity) {
    const w = Math.max(width, 10);
    if (text.length <= w)
        return { lines: [text], truncated: false };
    const lines = [];
    let rest = text;
    while (rest.length > w) {
        if (lines.length === maxLines - 1) {
            const cut = rest.lastIndexOf(' ', w - 1);
            lines.push(`${rest.slice(0, cut > w / 2 ? cut : w - 1)}…`);
            return { lines, truncated: true };
        }
        let cut = rest.lastIndexOf(' ', w);
        if (cut <= 0)
            cut = w;
        lines.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).trimStart();
    }
    if (rest)
        lines.push(rest);
    return { lines, truncated: false };
}
/** Display width of a string without its ANSI escape sequences. */
export function visibleLength(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\x1b\[[0-9;]*m/g, '').length;
}
/**
 * Lays out parts separated by two spaces, starting a new line (indented by `indent`) when the next
 * part would pass the width, and cutting a part longer than a whole line with "…".
 */
export function fitParts(parts, width, indent, first = indent) {
    const lines = [];
    let line = first;
    let used = first.length;
    let empty = true;
    for (const part of parts) {
        if (part.text === '')
            continue;
        let text = part.text;
        const sep = empty ? '' : '  ';
        if (width !== undefined && used + sep.length + text.length > width && !empty) {
            lines.push(line);
            line = indent;
            used = indent.length;
            empty = true;
        }
        const room = width === undefined ? Infinity : width - used - (empty ? 0 : 2);
        if (text.length > room)
            text = `${text.slice(0, Math.max(room - 1, 0))}…`;
        line += (empty ? '' : '  ') + (part.style ? part.style(text) : text);
        used += (empty ? 0 : 2) + text.length;
        empty = false;
    }
    lines.push(line);
    return lines;
}
//# sourceMappingURL=text.js.map