/**
 * Kubernetes' Pod Security fixtures as data: a port of
 * staging/src/k8s.io/pod-security-admission/test/fixtures.go (the minimal valid pods per level and
 * version, and the generator lookup) and test/fixtures_*.go (the pass/fail tweaks per check and
 * version), kubernetes/kubernetes. Upstream generates one pod per case from the minimal valid pod of
 * the level and version; so does `fixturesFor`.
 *
 * Cases marked `origin: 'rampart'` are not upstream's: they cover behaviour Kubernetes tests
 * elsewhere (unit tests of the checks) or changes whose fixture file was not readable. Everything
 * else is upstream's, tweak for tweak.
 */
import type { PssLevel } from './api.js';
export type FixturePod = {
    metadata: Record<string, unknown>;
    spec: Record<string, unknown>;
};
/** Sets (or, with undefined, removes: Go's nil) the value at a dotted path, e.g. `spec.containers.0.securityContext.privileged`. */
export type Op = readonly [path: string, value: unknown];
/** Upstream's ensure* helpers (test/helpers.go, fixtures_capabilities_baseline.go, ensureAnnotation). */
type Prep = 'securityContext' | 'capabilities' | 'seLinuxOptions' | 'annotations' | 'podSecurityContext';
interface FixtureCase {
    readonly name: string;
    readonly ops: readonly Op[];
    /** Only generated at this level (upstream's `if level != api.LevelRestricted`). */
    readonly onlyAt?: PssLevel;
    readonly origin?: 'rampart';
}
export interface FixtureGenerator {
    readonly level: 'baseline' | 'restricted';
    readonly version: number;
    readonly check: string;
    /** A substring of the admission message for failing pods; default: the check id. */
    readonly expectErrorSubstring?: string;
    readonly prepPass?: Prep;
    readonly prepFail?: Prep;
    /** Upstream's "don't generate pass fixtures if the minimal valid pod already ..." guards. */
    readonly skipPass?: (pod: FixturePod) => boolean;
    readonly pass: readonly FixtureCase[];
    readonly fail: readonly FixtureCase[];
    readonly origin?: 'rampart';
}
export declare const FIXTURE_GENERATORS: readonly FixtureGenerator[];
/** Upstream's addLinux/addWindows minimal pods, for the OS-specific 1.25 behaviour. */
export declare function minimalValidPod(level: 'baseline' | 'restricted', version: number, os?: 'linux' | 'windows'): FixturePod;
export interface Fixtures {
    readonly expectErrorSubstring: string;
    readonly generator: FixtureGenerator;
    readonly pass: readonly {
        readonly name: string;
        readonly pod: FixturePod;
        readonly origin?: 'rampart';
    }[];
    readonly fail: readonly {
        readonly name: string;
        readonly pod: FixturePod;
        readonly origin?: 'rampart';
    }[];
}
/**
 * getFixtures: the generator registered for the check at the level and the newest version <= the
 * given one (a baseline generator also serves restricted), applied to the minimal valid pod.
 */
export declare function fixturesFor(level: 'baseline' | 'restricted', version: number, check: string): Fixtures | undefined;
/** `tweak`: a deep copy with the ops applied. */
export declare function tweak(pod: FixturePod, ops: readonly Op[]): FixturePod;
export {};
