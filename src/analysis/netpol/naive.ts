/**
 * The naive evaluation: every pair of pods, every policy, straight from the semantics. Quadratic in
 * pods; it exists to hold the class-based engine to the definition (property test) and as the
 * benchmark's baseline.
 */
import type { NetpolModel, PodInfo } from './model.js';
import type { ConnSet } from './ports.js';
import { evaluate } from './semantics.js';

/** Calls `visit` for every ordered pair of pods (a pod with itself included) with a non-empty connection. */
export function naivePairs(model: NetpolModel, pods: readonly PodInfo[], visit: (src: PodInfo, dst: PodInfo, conn: ConnSet) => void): void {
  for (const src of pods) {
    for (const dst of pods) {
      const { conn } = evaluate(model, { kind: 'pod', pod: src }, { kind: 'pod', pod: dst });
      if (!conn.isEmpty()) visit(src, dst, conn);
    }
  }
}
