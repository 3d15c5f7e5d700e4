const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Parses `v1.29.4`, `1.29`, `v1.30.0-rc.1`, `v1.28.3+k3s1`; undefined for anything else. */
export function parseKubeVersion(text) {
    const m = VERSION.exec(text.trim());
    if (!m)
        return undefined;
    return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? undefined : Number(m[3]), prerelease: m[4] };
}
/** Orders versions; a missing patch counts as 0, a pre-release sorts before its release. */
export function compareKubeVersions(a, b) {
    return (a.major - b.major ||
        a.minor - b.minor ||
        (a.patch ?? 0) - (b.patch ?? 0) ||
        (a.prerelease === b.prerelease ? 0 : a.prerelease === undefined ? 1 : b.prerelease === undefined ? -1 : a.prerelease < b.prerelease ? -1 : 1));
}
/** `1.29`, the release line. */
export function minorOf(v) {
    return `${v.major}.${v.minor}`;
}
export function formatKubeVersion(v) {
    return `v${v.major}.${v.minor}${v.patch === undefined ? '' : `.${v.patch}`}${v.prerelease ? `-${v.prerelease}` : ''}`;
}
/** True when `v` is at least `major.minor`. */
export function atLeast(v, major, minor) {
    return v.major > major || (v.major === major && v.minor >= minor);
}
//# sourceMappingURL=version.js.map