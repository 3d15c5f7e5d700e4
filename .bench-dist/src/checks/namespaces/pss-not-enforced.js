import { defineCheck } from '../check.js';
import { namespacePolicy, ENFORCE_LEVEL_LABEL } from '../../analysis/pss/api.js';
import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'namespaces.pss-not-enforced',
        title: 'Namespace does not enforce a Pod Security Standard',
        severity: 'medium',
        category: 'namespaces',
        area: 'namespaces',
        rationale: 'Pod Security Admission enforces the Pod Security Standards per namespace, through the label ' +
            '`pod-security.kubernetes.io/enforce`. Without it, or with `enforce: privileged`, the namespace admits privileged ' +
            'pods, host namespaces and hostPath mounts: anyone who may create a pod there may take over its node. Only system ' +
            'namespaces that run node agents need `privileged`. Invalid label values are flagged too: Kubernetes then enforces ' +
            '`restricted` and rejects pods the owners did not expect to be rejected.',
        remediation: 'Enforce `baseline` at least, `restricted` where workloads allow it (see `rampart pss` for the level each namespace can take today):\n\n' +
            '```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: latest\n```',
        references: {
            cis: ['policies.policy-control-mechanism'],
            nsa: ['pod-security.enforcement'],
            mitre: ['T1610', 'T1611'],
            kcsa: ['platform-security', 'compliance-frameworks'],
            docs: ['https://kubernetes.io/docs/concepts/security/pod-security-admission/'],
        },
    },
    applies: (inventory) => inventory.namespaces().length > 0,
    run(ctx) {
        for (const ns of ctx.inventory.ofKind('Namespace')) {
            if (SYSTEM_NAMESPACES.has(ns.name))
                continue;
            const labels = ns.object.metadata.labels ?? {};
            const policy = namespacePolicy(ns.object);
            const labelPointer = joinPointer('/metadata/labels', ENFORCE_LEVEL_LABEL);
            policy.errors.forEach((error, i) => ctx.report({ object: ns, pointer: '/metadata/labels', key: `invalid-${i}`, severity: 'low', message: `invalid Pod Security label: ${error}`, evidence: { error } }));
            if (!Object.prototype.hasOwnProperty.call(labels, ENFORCE_LEVEL_LABEL)) {
                ctx.report({
                    object: ns,
                    pointer: '/metadata/labels',
                    message: `namespace "${ns.name}" has no ${ENFORCE_LEVEL_LABEL} label, so Pod Security Admission enforces only "privileged" (nothing)`,
                    evidence: { enforce: null },
                });
            }
            else if (policy.enforce.level === 'privileged') {
                ctx.report({
                    object: ns,
                    pointer: labelPointer,
                    severity: 'high',
                    message: `namespace "${ns.name}" enforces the "privileged" Pod Security level: privileged pods, host namespaces and hostPath mounts are admitted`,
                    evidence: { enforce: 'privileged' },
                });
            }
        }
    },
});
//# sourceMappingURL=pss-not-enforced.js.map