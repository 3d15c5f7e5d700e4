// Debian package version ordering, as dpkg implements it (lib/dpkg/version.c: verrevcmp and
// dpkg_version_compare; lib/dpkg/parsehelp.c: parseversion), which is what Debian Policy §5.6.12
// describes: `[epoch:]upstream_version[-debian_revision]`, compared epoch first (numerically),
// then upstream version, then revision, each by alternating non-digit and digit runs. In the
// non-digit runs `~` sorts before everything, even the end of the string, and letters before
// other characters; digit runs compare numerically.
/** parseversion: the epoch before the first `:`, the revision after the last `-`. */
export function parseDpkgVersion(text) {
    const s = text.trim();
    if (s === '' || /\s/.test(s))
        return undefined;
    let rest = s;
    let epoch = 0;
    const colon = rest.indexOf(':');
    if (colon !== -1) {
        const e = rest.slice(0, colon);
        if (!/^\d+$/.test(e) || e.length > 9)
            return undefined; // dpkg rejects epochs beyond INT_MAX
        epoch = Number(e);
        rest = rest.slice(colon + 1);
    }
    const hyphen = rest.lastIndexOf('-');
    const upstream = hyphen === -1 ? rest : rest.slice(0, hyphen);
    const revision = hyphen === -1 ? '' : rest.slice(hyphen + 1);
    if (upstream === '')
        return undefined;
    return { epoch, upstream, revision };
}
const CODE_0 = 48;
const CODE_9 = 57;
function isDigit(c) {
    return c >= CODE_0 && c <= CODE_9;
}
/** order(): digits 0 (never compared here), letters their code, `~` -1, the end 0, others code + 256. */
function order(c) {
    if (Number.isNaN(c))
        return 0; // past the end: dpkg's NUL
    if (isDigit(c))
        return 0;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))
        return c;
    if (c === 126)
        return -1;
    return c + 256;
}
/** verrevcmp over two strings; the sign is what matters. */
export function verrevcmp(a, b) {
    let i = 0;
    let j = 0;
    const at = (s, k) => (k < s.length ? s.charCodeAt(k) : NaN);
    while (i < a.length || j < b.length) {
        let firstDiff = 0;
        while ((i < a.length && !isDigit(at(a, i))) || (j < b.length && !isDigit(at(b, j)))) {
            const ac = order(at(a, i));
            const bc = order(at(b, j));
            if (ac !== bc)
                return ac - bc;
            i++;
            j++;
        }
        while (at(a, i) === CODE_0)
            i++;
        while (at(b, j) === CODE_0)
            j++;
        while (isDigit(at(a, i)) && isDigit(at(b, j))) {
            if (!firstDiff)
                firstDiff = at(a, i) - at(b, j);
            i++;
            j++;
        }
        if (isDigit(at(a, i)))
            return 1;
        if (isDigit(at(b, j)))
            return -1;
        if (firstDiff)
            return firstDiff;
    }
    return 0;
}
/** dpkg_version_compare: negative, zero or positive. Unparsable versions throw. */
export function compareDpkg(a, b) {
    const va = parseDpkgVersion(a);
    const vb = parseDpkgVersion(b);
    if (!va || !vb)
        throw new Error(`not a Debian version: "${va ? b : a}"`);
    if (va.epoch !== vb.epoch)
        return va.epoch < vb.epoch ? -1 : 1;
    return Math.sign(verrevcmp(va.upstream, vb.upstream)) || Math.sign(verrevcmp(va.revision, vb.revision));
}
//# sourceMappingURL=dpkg.js.map