/**
 * The naive evaluation: every pair of pods, every policy, straight from the semantics. Quadratic in
 * pods; it exists to hold the class-based engine to the definition (property test) and as the
 * benchmark's baseline.
 */
import type { NetpolModel, PodInfo } from './model.js';
import type { ConnSet } from './ports.js';
/** Calls `visit` for every ordered pair of pods (a pod with itself included) with a non-empty connection. */
export declare function naivePairs(model: NetpolModel, pods: readonly PodInfo[], visit: (src: PodInfo, dst: PodInfo, conn: ConnSet) => void): void;
