/** A Kubernetes release version: v1.29.4, 1.29, v1.30.0-rc.1 (pre-release and build ignored for ordering). */
export interface KubeVersion {
  readonly major: number;
  readonly minor: number;
  /** Undefined when only `major.minor` is known. */
  readonly patch?: number;
  /** `-rc.1`, `-alpha.2`: sorts before the release. */
  readonly prerelease?: string;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `v1.29.4`, `1.29`, `v1.30.0-rc.1`, `v1.28.3+k3s1`; undefined for anything else. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? undefined : Number(m[3]), prerelease: m[4] };
}

/** Orders versions; a missing patch counts as 0, a pre-release sorts before its release. */
export function compareKubeVersions(a: KubeVersion, b: KubeVersion): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    (a.patch ?? 0) - (b.patch ?? 0) ||
    (a.prerelease === b.prerelease ? 0 : a.prerelease === undefined ? 1 : b.prerelease === undefined ? -1 : a.prerelease < b.prerelease ? -1 : 1)
  );
}

/** `1.29`, the release line. */
export function minorOf(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}

export function formatKubeVersion(v: KubeVersion): string {
  return `v${v.major}.${v.minor}${v.patch === undefined ? '' : `.${v.patch}`}${v.prerelease ? `-${v.prerelease}` : ''}`;
}

/** True when `v` is at least `major.minor`. */
export function atLeast(v: KubeVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}
