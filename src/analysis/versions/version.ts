/**
 * A Kubernetes release version as components and nodes report it: `v1.29.4`, `1.29`,
 * `v1.30.0-rc.1`, and the forms distributions build: `v1.27.3-eks-4f4795d`, `v1.27.3-gke.1200`,
 * `v1.28.3+k3s1`, `v1.28.6+rke2r1`, `v1.27.6+f67aeb3` (OpenShift).
 */
export interface KubeVersion {
  readonly major: number;
  readonly minor: number;
  /** Undefined when only `major.minor` is known. */
  readonly patch?: number;
  /** `alpha.2`, `beta.0`, `rc.1`: a Kubernetes pre-release, which sorts before its release. */
  readonly prerelease?: string;
  /**
   * A distribution's suffix (`eks-4f4795d`, `gke.1200`, `k3s1`): the build of that upstream patch
   * release, ordered as the release itself (distributions may backport fixes; the upstream patch
   * is what Rampart can compare).
   */
  readonly distribution?: string;
}

const VERSION = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/;
/** Kubernetes tags pre-releases `-alpha.N`, `-beta.N`, `-rc.N` (a build from git adds `.N+sha`). */
const PRERELEASE = /^(?:alpha|beta|rc)(?:\.\d+)?/;

/** Parses a version (see `KubeVersion`); undefined for anything else (`latest`, `1`, `v1.x`). */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  const [, major, minor, patch, dash, build] = m;
  const pre = dash !== undefined ? PRERELEASE.exec(dash) : null;
  const prerelease = pre ? pre[0] : undefined;
  // what follows a pre-release (`.123+sha` of a git build) or a non-Kubernetes `-suffix` is the distribution's build
  const rest = [pre ? dash!.slice(pre[0].length).replace(/^[.-]/, '') : dash, build].filter((s): s is string => s !== undefined && s !== '');
  return {
    major: Number(major),
    minor: Number(minor),
    ...(patch !== undefined ? { patch: Number(patch) } : {}),
    ...(prerelease !== undefined ? { prerelease } : {}),
    ...(rest.length > 0 ? { distribution: rest.join('+') } : {}),
  };
}

/** Orders versions; a missing patch counts as 0, a pre-release sorts before its release; distributions are ignored. */
export function compareKubeVersions(a: KubeVersion, b: KubeVersion): number {
  return a.major - b.major || a.minor - b.minor || (a.patch ?? 0) - (b.patch ?? 0) || comparePrerelease(a.prerelease, b.prerelease);
}

/** `alpha.2` < `alpha.10` < `beta.0` < `rc.1` < the release (undefined). */
function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : NaN;
    const c = !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/** `1.29`, the release line. */
export function minorOf(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}

/** `v1.29.4-rc.1` (the distribution's suffix is left out). */
export function formatKubeVersion(v: KubeVersion): string {
  return `v${v.major}.${v.minor}${v.patch === undefined ? '' : `.${v.patch}`}${v.prerelease ? `-${v.prerelease}` : ''}`;
}

/** True when `v` is at least `major.minor`. */
export function atLeast(v: KubeVersion, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}

/** Minor releases from `b` to `a` (1.30 vs 1.27: 3); across majors, minors are not comparable (Infinity). */
export function minorDistance(a: KubeVersion, b: KubeVersion): number {
  if (a.major !== b.major) return a.major > b.major ? Infinity : -Infinity;
  return a.minor - b.minor;
}
