// Alpine package version ordering, as apk-tools compares versions (src/version.c,
// apk_version_compare_blob; the grammar is Gentoo's): `{digit}{.digit}...{letter}{_suffix{#}}...{-r#}`.
// A version is read as a sequence of typed tokens; two versions are compared token by token while
// the token types agree, then by value; when one ends first, the longer one is greater unless its
// next token is a pre-release suffix (`_alpha`, `_beta`, `_pre`, `_rc`). Number runs after a `.`
// that start with `0` compare as fractions (apk's "leading zero" rule: `1.02 < 1.1`). Numbers are
// compared as digit strings, so dates and long build stamps never overflow (apk-tools 2 used C ints).
var Token;
(function (Token) {
    Token[Token["Invalid"] = -1] = "Invalid";
    Token[Token["DigitOrZero"] = 0] = "DigitOrZero";
    Token[Token["Digit"] = 1] = "Digit";
    Token[Token["Letter"] = 2] = "Letter";
    Token[Token["Suffix"] = 3] = "Suffix";
    Token[Token["SuffixNo"] = 4] = "SuffixNo";
    Token[Token["RevisionNo"] = 5] = "RevisionNo";
    Token[Token["End"] = 6] = "End";
})(Token || (Token = {}));
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isLower = (c) => c !== undefined && c >= 'a' && c <= 'z';
/** next_token: the type of the token that starts at the cursor (consuming its separator). */
function nextToken(cur) {
    let n = Token.Invalid;
    const c = cur.s[cur.i];
    if (cur.i >= cur.s.length)
        n = Token.End;
    else if ((cur.type === Token.Digit || cur.type === Token.DigitOrZero) && isLower(c))
        n = Token.Letter;
    else if (cur.type === Token.Letter && isDigit(c))
        n = Token.Digit;
    else if (cur.type === Token.Suffix && isDigit(c))
        n = Token.SuffixNo;
    else {
        if (c === '.')
            n = Token.DigitOrZero;
        else if (c === '_')
            n = Token.Suffix;
        else if (c === '-') {
            if (cur.s[cur.i + 1] === 'r') {
                n = Token.RevisionNo;
                cur.i++;
            }
            else
                n = Token.Invalid;
        }
        cur.i++;
    }
    if (n < cur.type) {
        if (!((n === Token.DigitOrZero && cur.type === Token.Digit) || (n === Token.Suffix && cur.type === Token.SuffixNo) || (n === Token.Digit && cur.type === Token.Letter)))
            n = Token.Invalid;
    }
    cur.type = n;
}
const ZERO = { kind: 'int', value: 0 };
/** get_token: the value of the token at the cursor, and advance to the next one. */
function getToken(cur) {
    if (cur.i >= cur.s.length) {
        cur.type = Token.End;
        return ZERO;
    }
    let value;
    let i = cur.i;
    let nextType = Token.Invalid;
    // after a `.`, leading zeros are a token of their own: the more zeros, the smaller (v = -count)
    const zeros = cur.type === Token.DigitOrZero && cur.s[i] === '0';
    switch (zeros ? Token.Invalid - 1 : cur.type) {
        case Token.Invalid - 1:
            while (cur.s[i] === '0')
                i++;
            nextType = Token.Digit;
            value = { kind: 'int', value: -(i - cur.i) };
            break;
        case Token.DigitOrZero:
        case Token.Digit:
        case Token.SuffixNo:
        case Token.RevisionNo: {
            while (isDigit(cur.s[i]))
                i++;
            value = { kind: 'num', negative: false, digits: cur.s.slice(cur.i, i).replace(/^0+/, '') };
            break;
        }
        case Token.Letter:
            value = { kind: 'int', value: cur.s.charCodeAt(i) };
            i++;
            break;
        case Token.Suffix: {
            const rest = cur.s.slice(i);
            const pre = PRE_SUFFIXES.findIndex((p) => rest.startsWith(p));
            if (pre !== -1) {
                value = { kind: 'int', value: pre - PRE_SUFFIXES.length };
                i += PRE_SUFFIXES[pre].length;
                break;
            }
            const post = POST_SUFFIXES.findIndex((p) => rest.startsWith(p));
            if (post !== -1) {
                value = { kind: 'int', value: post };
                i += POST_SUFFIXES[post].length;
                break;
            }
            cur.type = Token.Invalid;
            return { kind: 'int', value: -1 };
        }
        default:
            cur.type = Token.Invalid;
            return { kind: 'int', value: -1 };
    }
    cur.i = i;
    if (cur.i >= cur.s.length)
        cur.type = Token.End;
    else if (nextType !== Token.Invalid)
        cur.type = nextType;
    else
        nextToken(cur);
    return value;
}
function compareValues(a, b) {
    if (a.kind === 'int' && b.kind === 'int')
        return Math.sign(a.value - b.value);
    if (a.kind === 'num' && b.kind === 'num') {
        if (a.digits.length !== b.digits.length)
            return a.digits.length < b.digits.length ? -1 : 1;
        return a.digits < b.digits ? -1 : a.digits > b.digits ? 1 : 0;
    }
    // a number token against a small int (only when token types already differ in apk; be total anyway)
    const num = (v) => (v.kind === 'int' ? v.value : Number(v.digits || '0'));
    return Math.sign(num(a) - num(b));
}
/** True when apk would accept the version (apk_version_validate). */
export function isValidApkVersion(v) {
    const cur = { s: v, i: 0, type: Token.Digit };
    while (cur.type !== Token.End && cur.type !== Token.Invalid)
        getToken(cur);
    return cur.type === Token.End;
}
/** apk_version_compare: negative, zero or positive. */
export function compareApk(a, b) {
    const ca = { s: a, i: 0, type: Token.Digit };
    const cb = { s: b, i: 0, type: Token.Digit };
    let av = ZERO;
    let bv = ZERO;
    while (ca.type === cb.type && ca.type !== Token.End && ca.type !== Token.Invalid && compareValues(av, bv) === 0) {
        av = getToken(ca);
        bv = getToken(cb);
    }
    const byValue = compareValues(av, bv);
    if (byValue !== 0)
        return byValue;
    if (ca.type === cb.type)
        return 0;
    // one version continues: it is greater, unless what follows is a pre-release suffix
    if (ca.type === Token.Suffix && isPreRelease(ca))
        return -1;
    if (cb.type === Token.Suffix && isPreRelease(cb))
        return 1;
    if (ca.type > cb.type)
        return -1;
    if (cb.type > ca.type)
        return 1;
    return 0;
}
function isPreRelease(cur) {
    const v = getToken({ ...cur });
    return v.kind === 'int' && v.value < 0;
}
//# sourceMappingURL=apk.js.map