/**
 * The CIS Kubernetes Benchmark, as data. A recommendation is keyed by what it tests
 * (`apiserver.anonymous-auth`), because the benchmark renumbers recommendations between versions;
 * `ids` gives its number in each benchmark version that has it.
 */
export declare const CIS_VERSIONS: readonly ["1.8", "1.9", "1.10", "1.11", "1.12"];
export type CisVersion = (typeof CIS_VERSIONS)[number];
export declare const LATEST_CIS_VERSION: CisVersion;
export declare function isCisVersion(v: string): v is CisVersion;
export interface CisRecommendation {
    /** The recommendation's title in the latest benchmark version that has it. */
    readonly title: string;
    /** Its number (e.g. "1.2.1") in each benchmark version that has it; absent where a version lacks it. */
    readonly ids: Readonly<Partial<Record<CisVersion, string>>>;
    /** "Automated" or "Manual" as the benchmark (latest version that has it) scores it. */
    readonly assessment: 'automated' | 'manual';
}
