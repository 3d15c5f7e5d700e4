// Maven version ordering: a port of Maven's ComparableVersion
// (maven-artifact, org.apache.maven.artifact.versioning.ComparableVersion, Maven 3.9), which is
// what "Maven" means in OSV data and what the POM reference's "Version Order Specification" describes.
//
// A version is split on `.` and `-` and on every switch between digits and letters into a tree of
// items: numbers, strings (qualifiers) and lists (a `-` or a digit/letter switch opens a sub-list).
// Known qualifiers order as alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp,
// and every other qualifier sorts after them, alphabetically (case-insensitive). Trailing "null"
// items (0, "", empty lists) are dropped, so 1 = 1.0 = 1-0 = 1.0.0.
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_VERSION_INDEX = String(QUALIFIERS.indexOf(''));
function intItem(digits) {
    return { type: 'int', value: BigInt(digits) };
}
function stringItem(value, followedByDigit) {
    if (followedByDigit && value.length === 1) {
        // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
        if (value === 'a')
            value = 'alpha';
        else if (value === 'b')
            value = 'beta';
        else if (value === 'm')
            value = 'milestone';
    }
    return { type: 'string', value: Object.hasOwn(ALIASES, value) ? ALIASES[value] : value };
}
/** StringItem.comparableQualifier: known qualifiers by index, others after them, lexically. */
function comparableQualifier(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function cmpStr(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function isNull(item) {
    switch (item.type) {
        case 'int':
            return item.value === 0n;
        case 'string':
            return comparableQualifier(item.value) === RELEASE_VERSION_INDEX;
        case 'list':
            return item.items.length === 0;
    }
}
/** Item.compareTo; `other` undefined stands for a missing item (the shorter version). */
function compareItem(item, other) {
    switch (item.type) {
        case 'int':
            if (other === undefined)
                return item.value === 0n ? 0 : 1; // 1.0 == 1, 1.1 > 1
            if (other.type === 'int')
                return item.value < other.value ? -1 : item.value > other.value ? 1 : 0;
            return 1; // 1.1 > 1-sp, 1.1 > 1-1
        case 'string':
            if (other === undefined)
                return cmpStr(comparableQualifier(item.value), RELEASE_VERSION_INDEX); // 1-rc < 1, 1-ga > 1
            if (other.type === 'string')
                return cmpStr(comparableQualifier(item.value), comparableQualifier(other.value));
            return -1; // 1.any < 1.1, 1.any < 1-1
        case 'list': {
            if (other === undefined) {
                // MNG-6964: compare every item with "nothing", not only the first
                for (const i of item.items) {
                    const r = compareItem(i, undefined);
                    if (r !== 0)
                        return r;
                }
                return 0;
            }
            if (other.type === 'int')
                return -1; // 1-1 < 1.0.x
            if (other.type === 'string')
                return 1; // 1-1 > 1-sp
            const n = Math.max(item.items.length, other.items.length);
            for (let k = 0; k < n; k++) {
                const l = item.items[k];
                const r = other.items[k];
                const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r);
                if (result !== 0)
                    return result;
            }
            return 0;
        }
    }
}
/** ListItem.normalize: drop trailing null items, looking through trailing sub-lists. */
function normalize(list) {
    for (let i = list.items.length - 1; i >= 0; i--) {
        const last = list.items[i];
        if (isNull(last))
            list.items.splice(i, 1);
        else if (last.type !== 'list')
            break;
    }
}
const isDigit = (c) => c >= '0' && c <= '9';
/** ComparableVersion.parseVersion. */
export function parseMavenVersion(version) {
    const v = version.toLowerCase();
    const items = { type: 'list', items: [] };
    let list = items;
    const stack = [list];
    let digit = false;
    let start = 0;
    const parseItem = (isDigitRun, s) => (isDigitRun ? intItem(s) : stringItem(s, false));
    const openList = () => {
        const sub = { type: 'list', items: [] };
        list.items.push(sub);
        list = sub;
        stack.push(sub);
    };
    for (let i = 0; i < v.length; i++) {
        const c = v[i];
        if (c === '.') {
            list.items.push(i === start ? intItem('0') : parseItem(digit, v.slice(start, i)));
            start = i + 1;
        }
        else if (c === '-') {
            list.items.push(i === start ? intItem('0') : parseItem(digit, v.slice(start, i)));
            start = i + 1;
            openList();
        }
        else if (isDigit(c)) {
            if (!digit && i > start) {
                list.items.push(stringItem(v.slice(start, i), true));
                start = i;
                openList();
            }
            digit = true;
        }
        else {
            if (digit && i > start) {
                list.items.push(parseItem(true, v.slice(start, i)));
                start = i;
                openList();
            }
            digit = false;
        }
    }
    if (v.length > start)
        list.items.push(parseItem(digit, v.slice(start)));
    while (stack.length > 0)
        normalize(stack.pop());
    return items;
}
/** The canonical form Maven prints (ListItem.toString), for messages and tests. */
export function canonicalMavenVersion(version) {
    const render = (list) => list.items.map((item, i) => (i === 0 ? '' : item.type === 'list' ? '-' : '.') + (item.type === 'list' ? render(item) : item.type === 'int' ? item.value.toString() : item.value)).join('');
    return render(parseMavenVersion(version));
}
/** ComparableVersion.compareTo: negative, zero or positive. */
export function compareMaven(a, b) {
    return compareItem(parseMavenVersion(a), parseMavenVersion(b));
}
//# sourceMappingURL=maven.js.map