import { defineCheck } from '../check.js';
import { separationFacts } from '../../analysis/isolation.js';
export default defineCheck({
    meta: {
        id: 'workload.sensitive-not-isolated',
        title: 'Sensitive workload shares nodes with other workloads',
        severity: 'high',
        category: 'workload',
        area: 'separation',
        rationale: 'Containers on one node share its kernel, kubelet and credentials on disk. A sensitive workload (payment processing, ' +
            'secrets management) that can be scheduled next to ordinary workloads is one container escape away from them. ' +
            'Dedicated nodes, reserved with a taint that only the sensitive workload tolerates and selected with a nodeSelector ' +
            'or required node affinity, keep a compromise elsewhere off its node. Mark workloads sensitive with the label or ' +
            'annotation `rampart.dev/sensitivity: high` (or on a Secret they use).',
        remediation: 'Taint dedicated nodes and pin the workload to them:\n\n```sh\nkubectl taint nodes pci-1 dedicated=pci:NoSchedule\nkubectl label nodes pci-1 dedicated=pci\n```\n\n' +
            '```yaml\nspec:\n  template:\n    spec:\n      nodeSelector:\n        dedicated: pci\n      tolerations:\n      - key: dedicated\n        operator: Equal\n        value: pci\n        effect: NoSchedule\n```',
        references: {
            nsa: ['network.worker-node-segmentation'],
            mitre: ['T1611'],
            kcsa: ['platform-security', 'security-fundamentals'],
            docs: ['https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/', 'https://kubernetes.io/docs/concepts/security/multi-tenancy/#node-isolation'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        const facts = ctx.inventory.analysis(separationFacts, ctx.config);
        for (const [view, { reason, isolation }] of facts.sensitive) {
            if (isolation.isolated)
                continue;
            ctx.report({
                object: view.owner,
                pointer: view.pointer,
                message: `sensitive workload (${reason}) is not isolated: ${isolation.gap}`,
                evidence: { reason, nodes: facts.nodes.length },
            });
        }
    },
});
//# sourceMappingURL=sensitive-not-isolated.js.map