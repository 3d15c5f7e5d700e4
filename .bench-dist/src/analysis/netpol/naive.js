import { evaluate } from './semantics.js';
/** Calls `visit` for every ordered pair of pods (a pod with itself included) with a non-empty connection. */
export function naivePairs(model, pods, visit) {
    for (const src of pods) {
        for (const dst of pods) {
            const { conn } = evaluate(model, { kind: 'pod', pod: src }, { kind: 'pod', pod: dst });
            if (!conn.isEmpty())
                visit(src, dst, conn);
        }
    }
}
//# sourceMappingURL=naive.js.map