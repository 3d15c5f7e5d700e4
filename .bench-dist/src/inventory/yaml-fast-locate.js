/**
 * Locates a JSON pointer in plain block-style YAML (what kubectl, Helm and most people write) by
 * reading indentation, without building a syntax tree: tens of times cheaper than a full
 * positional parse. It answers only what it fully understands; anything else (anchors, tags,
 * explicit keys, descending into flow collections) returns undefined and the caller falls back to
 * the `yaml` library. A differential test holds the two to the same answers.
 */
const UNSUPPORTED = /(^|[\s:,[{-])[&*!][^\s]|^\s*\?(\s|$)|^\s*<<\s*:|\t/m;
/** Characters without which UNSUPPORTED cannot match: a cheap first test. */
const MAYBE_UNSUPPORTED = /[&*!?<\t]/;
export function fastYamlOffset(text, start, end, segments) {
    const slice = text.slice(start, end);
    if (MAYBE_UNSUPPORTED.test(slice) && UNSUPPORTED.test(slice))
        return undefined;
    const lines = splitLines(text, start, end);
    let i = nextContent(lines, 0);
    if (i === -1)
        return start;
    // the current node: a block collection whose entries sit at `indent`, from line `i`
    let indent = lines[i].indent;
    let kind = isSeqItem(text, lines[i]) ? 'seq' : 'map';
    // entries of the current collection may start mid-line (`- name: a`): offset of the first entry
    let firstEntry = lines[i].start + indent;
    let best = firstEntry;
    for (const seg of segments) {
        let valueAt; // offset just after the key's colon or the item's dash
        if (kind === 'map') {
            const found = findKey(text, lines, i, indent, firstEntry, seg);
            if (found === undefined)
                return best;
            if (found === null)
                return undefined;
            best = found.keyAt;
            i = found.line;
            valueAt = found.valueAt;
        }
        else {
            const found = findItem(text, lines, i, indent, Number(seg));
            if (found === undefined)
                return best;
            i = found.line;
            valueAt = found.valueAt;
        }
        // what follows on the same line
        const rest = restOfLine(text, valueAt, lines[i].end);
        if (rest.offset !== -1) {
            const c = text[rest.offset];
            if (kind === 'seq')
                best = rest.offset;
            if (c === '{' || c === '[' || c === '"' || c === "'" || c === '|' || c === '>') {
                // a flow collection or a quoted or block scalar: its inside is not ours to read
                if (c === '{' || c === '[')
                    return seg === segments[segments.length - 1] ? best : undefined;
                return best;
            }
            if (kind === 'seq' && isSeqItemAt(text, rest.offset, lines[i].end))
                return undefined; // `- - x`
            if (kind === 'seq' && looksLikeKey(text, rest.offset, lines[i].end)) {
                // `- name: a`: a mapping whose entries sit at this column
                kind = 'map';
                indent = rest.offset - lines[i].start;
                firstEntry = rest.offset;
                continue;
            }
            // a plain scalar: nothing below it
            return best;
        }
        // the value starts on a later line, or is empty
        const j = nextContent(lines, i + 1);
        if (j === -1)
            return best;
        const next = lines[j];
        const parentIndent = kind === 'seq' ? indent : indent;
        const seqHere = isSeqItem(text, next);
        if (next.indent > parentIndent || (kind === 'map' && next.indent === parentIndent && seqHere)) {
            if (kind === 'seq')
                best = next.start + next.indent;
            i = j;
            indent = next.indent;
            kind = seqHere ? 'seq' : 'map';
            firstEntry = next.start + next.indent;
            if (kind === 'map' && !looksLikeKey(text, firstEntry, next.end))
                return best; // a multi-line scalar
            continue;
        }
        return best; // empty value
    }
    return best;
}
function splitLines(text, start, end) {
    const lines = [];
    let pos = start;
    while (pos < end) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1 || eol > end)
            eol = end;
        let k = pos;
        while (k < eol && text.charCodeAt(k) === 32)
            k++;
        const c = text.charCodeAt(k);
        const blank = k >= eol || c === 35 /* # */ || c === 13;
        lines.push({ start: pos, end: eol, indent: blank ? -1 : k - pos });
        pos = eol + 1;
    }
    return lines;
}
function nextContent(lines, from) {
    for (let i = from; i < lines.length; i++)
        if (lines[i].indent !== -1)
            return i;
    return -1;
}
function isSeqItem(text, line) {
    return isSeqItemAt(text, line.start + line.indent, line.end);
}
function isSeqItemAt(text, at, eol) {
    if (text[at] !== '-')
        return false;
    const d = text.charCodeAt(at + 1);
    return at + 1 >= eol || d === 32 || d === 13;
}
/** The first significant character after `from` on its line, or -1 if only spaces or a comment. */
function restOfLine(text, from, eol) {
    let k = from;
    while (k < eol && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 13))
        k++;
    if (k >= eol || text[k] === '#')
        return { offset: -1 };
    return { offset: k };
}
/** Reads a key at `at`: plain or quoted, followed by `:` and a space or line end. */
function readKey(text, at, eol) {
    const q = text[at];
    if (q === '"' || q === "'") {
        const close = text.indexOf(q, at + 1);
        if (close === -1 || close >= eol)
            return undefined;
        const raw = text.slice(at + 1, close);
        if (raw.includes('\\') || (q === "'" && text[close + 1] === "'"))
            return undefined; // escapes: leave to the parser
        if (text[close + 1] !== ':')
            return undefined;
        return { key: raw, colon: close + 1 };
    }
    // plain key: up to ": " or ":" at line end
    for (let k = at; k < eol; k++) {
        const c = text.charCodeAt(k);
        if (c === 58 /* : */) {
            const d = text.charCodeAt(k + 1);
            if (k + 1 >= eol || d === 32 || d === 13)
                return { key: text.slice(at, k).trimEnd(), colon: k };
        }
        else if (c === 35 /* # */ && text.charCodeAt(k - 1) === 32)
            return undefined;
        else if ((c === 123 || c === 91 || c === 34 || c === 39) && k === at)
            return undefined; // flow or quoted scalar
    }
    return undefined;
}
function looksLikeKey(text, at, eol) {
    return readKey(text, at, eol) !== undefined;
}
/**
 * Finds `key` among the entries of a block mapping at `indent` starting at line `from`.
 * undefined: not there; null: something it cannot read with certainty.
 */
function findKey(text, lines, from, indent, firstEntry, key) {
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (line.indent === -1)
            continue;
        const at = i === from ? firstEntry : line.start + line.indent;
        if (i !== from) {
            if (line.indent < indent)
                return undefined;
            if (line.indent > indent)
                continue;
            if (isSeqItem(text, line))
                continue; // a sequence value written at the key's indentation
        }
        const k = readKey(text, at, line.end);
        if (!k) {
            if (i === from)
                return null;
            // a continuation of a multi-line scalar cannot sit at the entries' indentation
            return null;
        }
        if (k.key === key)
            return { line: i, keyAt: at, valueAt: k.colon + 1 };
    }
    return undefined;
}
/** Finds item `index` of a block sequence whose dashes sit at `indent`. */
function findItem(text, lines, from, indent, index) {
    if (!Number.isInteger(index) || index < 0)
        return undefined;
    let n = -1;
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        if (line.indent === -1)
            continue;
        if (line.indent < indent)
            return undefined;
        if (line.indent > indent)
            continue;
        if (!isSeqItem(text, line))
            return undefined; // the next key of the parent mapping
        if (++n === index)
            return { line: i, valueAt: line.start + line.indent + 1 };
    }
    return undefined;
}
//# sourceMappingURL=yaml-fast-locate.js.map