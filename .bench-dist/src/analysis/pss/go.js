/**
 * Go formatting and set helpers the Pod Security checks use, so messages match Kubernetes byte for
 * byte: `pluralize` and `joinQuote` (policy/helpers.go), `%q` (strconv.Quote) and
 * `sets.NewString(...).List()` (sorted, deduplicated, byte order).
 */
export function pluralize(singular, plural, count) {
    return count === 1 ? singular : plural;
}
/** `joinQuote`: `"a", "b"`. Go does not escape the items here, so neither do we. */
export function joinQuote(items) {
    if (items.length === 0)
        return '';
    return '"' + items.join('", "') + '"';
}
const PRINTABLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
/** `strconv.Quote` / `%q` of a string. */
export function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c === 0x22)
            out += '\\"';
        else if (c === 0x5c)
            out += '\\\\';
        else if (c >= 0x20 && c < 0x7f)
            out += ch;
        else if (c < 0x80) {
            switch (c) {
                case 7:
                    out += '\\a';
                    break;
                case 8:
                    out += '\\b';
                    break;
                case 12:
                    out += '\\f';
                    break;
                case 10:
                    out += '\\n';
                    break;
                case 13:
                    out += '\\r';
                    break;
                case 9:
                    out += '\\t';
                    break;
                case 11:
                    out += '\\v';
                    break;
                default: out += '\\x' + c.toString(16).padStart(2, '0');
            }
        }
        else if (c >= 0xd800 && c <= 0xdfff)
            out += '\\ufffd'; // a lone surrogate: Go's JSON decoder yields U+FFFD
        else if (PRINTABLE.test(ch))
            out += ch;
        else if (c < 0x10000)
            out += '\\u' + c.toString(16).padStart(4, '0');
        else
            out += '\\U' + c.toString(16).padStart(8, '0');
    }
    return out + '"';
}
/** `%q` of a `[]string`: `["a" "b"]`. */
export function goQuoteSlice(items) {
    return '[' + items.map(goQuote).join(' ') + ']';
}
/** Go's string order (UTF-8 bytes, i.e. code points), from JS's UTF-16 code units. */
export function compareGo(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (astral code points) sort above U+E000..U+FFFF in code point order.
        if (x >= 0xd800)
            x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        if (y >= 0xd800)
            y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
        return x - y;
    }
    return a.length - b.length;
}
/** `sets.NewString(items...).List()`: deduplicated and sorted in Go order. */
export function sortedSet(items) {
    return [...new Set(items)].sort(compareGo);
}
//# sourceMappingURL=go.js.map