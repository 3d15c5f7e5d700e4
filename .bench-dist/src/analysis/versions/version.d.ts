/** A Kubernetes release version: v1.29.4, 1.29, v1.30.0-rc.1 (pre-release and build ignored for ordering). */
export interface KubeVersion {
    readonly major: number;
    readonly minor: number;
    /** Undefined when only `major.minor` is known. */
    readonly patch?: number;
    /** `-rc.1`, `-alpha.2`: sorts before the release. */
    readonly prerelease?: string;
}
/** Parses `v1.29.4`, `1.29`, `v1.30.0-rc.1`, `v1.28.3+k3s1`; undefined for anything else. */
export declare function parseKubeVersion(text: string): KubeVersion | undefined;
/** Orders versions; a missing patch counts as 0, a pre-release sorts before its release. */
export declare function compareKubeVersions(a: KubeVersion, b: KubeVersion): number;
/** `1.29`, the release line. */
export declare function minorOf(v: KubeVersion): string;
export declare function formatKubeVersion(v: KubeVersion): string;
/** True when `v` is at least `major.minor`. */
export declare function atLeast(v: KubeVersion, major: number, minor: number): boolean;
