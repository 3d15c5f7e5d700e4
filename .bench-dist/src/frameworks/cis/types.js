/**
 * The CIS Kubernetes Benchmark, as data. A recommendation is keyed by what it tests
 * (`apiserver.anonymous-auth`), because the benchmark renumbers recommendations between versions;
 * `ids` gives its number in each benchmark version that has it.
 */
export const CIS_VERSIONS = ['1.8', '1.9', '1.10', '1.11', '1.12'];
export const LATEST_CIS_VERSION = '1.12';
export function isCisVersion(v) {
    return CIS_VERSIONS.includes(v);
}
//# sourceMappingURL=types.js.map