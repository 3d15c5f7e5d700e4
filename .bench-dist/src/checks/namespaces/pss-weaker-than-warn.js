import { defineCheck } from '../check.js';
import { namespacePolicy, compareLevels, ENFORCE_LEVEL_LABEL, LABEL_PREFIX } from '../../analysis/pss/api.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'namespaces.pss-weaker-than-warn',
        title: 'Namespace warns or audits at a stricter level than it enforces',
        severity: 'low',
        category: 'namespaces',
        area: 'namespaces',
        rationale: 'A namespace whose `warn` or `audit` Pod Security level is stricter than its `enforce` level knows that it admits ' +
            'pods that break a stricter standard: the warnings are a migration in progress. Until `enforce` catches up, the ' +
            'weaker level is what protects the nodes. `rampart pss` shows whether the workloads there already pass the stricter level.',
        remediation: 'Fix the workloads that trigger warnings, then raise `enforce` to the `warn` level:\n\n```yaml\nmetadata:\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/warn: restricted\n```',
        references: {
            cis: ['policies.policy-control-mechanism'],
            nsa: ['pod-security.enforcement'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/', 'https://kubernetes.io/docs/concepts/security/pod-security-admission/#pod-security-admission-labels-for-namespaces'],
        },
    },
    applies: (inventory) => inventory.namespaces().length > 0,
    run(ctx) {
        for (const ns of ctx.inventory.ofKind('Namespace')) {
            const policy = namespacePolicy(ns.object);
            for (const mode of ['warn', 'audit']) {
                if (compareLevels(policy[mode].level, policy.enforce.level) <= 0)
                    continue;
                ctx.report({
                    object: ns,
                    pointer: joinPointer('/metadata/labels', `${LABEL_PREFIX}${mode}`),
                    key: mode,
                    message: `namespace "${ns.name}" ${mode === 'warn' ? 'warns' : 'audits'} at "${policy[mode].level}" but enforces only "${policy.enforce.level}" (${ENFORCE_LEVEL_LABEL})`,
                    evidence: { enforce: policy.enforce.level, [mode]: policy[mode].level },
                });
            }
        }
    },
});
//# sourceMappingURL=pss-weaker-than-warn.js.map