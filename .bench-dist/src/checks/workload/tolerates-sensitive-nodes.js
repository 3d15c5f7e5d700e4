import { defineCheck } from '../check.js';
import { separationFacts } from '../../analysis/isolation.js';
import { tolerates } from '../../analysis/scheduling.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'workload.tolerates-sensitive-nodes',
        title: 'Workload tolerates the taint that reserves sensitive nodes',
        severity: 'medium',
        category: 'workload',
        area: 'separation',
        rationale: 'Nodes reserved for sensitive workloads are kept free of everything else by a taint. A workload that is not sensitive ' +
            'but tolerates that taint, by its key or with a catch-all `operator: Exists` toleration, can be scheduled onto those ' +
            'nodes and undo the separation. Catch-all tolerations belong only to node agents that must run everywhere.',
        remediation: 'Remove the toleration, or replace a catch-all toleration with the specific taints the workload needs:\n\n```yaml\ntolerations:\n- key: node.kubernetes.io/not-ready\n  operator: Exists\n  effect: NoExecute\n```',
        references: {
            nsa: ['network.worker-node-segmentation'],
            mitre: ['T1610'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        const facts = ctx.inventory.analysis(separationFacts, ctx.config);
        if (facts.sensitiveTaints.length === 0)
            return;
        for (const view of ctx.inventory.podSpecs()) {
            if (facts.sensitive.has(view))
                continue;
            (view.spec.tolerations ?? []).forEach((t, i) => {
                const taint = facts.sensitiveTaints.find((taint) => tolerates(t, taint));
                if (!taint)
                    return;
                const wildcard = !t.key;
                ctx.report({
                    object: view.owner,
                    pointer: joinPointer(view.pointer, 'tolerations', i),
                    key: `${taint.key}=${taint.value ?? ''}:${taint.effect}`,
                    message: `${wildcard ? 'a catch-all toleration (operator: Exists, no key)' : `toleration of "${t.key}"`} lets this non-sensitive workload onto nodes reserved by taint ${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`,
                    evidence: { toleration: t, taint },
                });
            });
        }
    },
});
//# sourceMappingURL=tolerates-sensitive-nodes.js.map