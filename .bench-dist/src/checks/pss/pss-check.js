import { defineCheck } from '../check.js';
import { evaluatePod, namespacePolicy, PSS_CONTROLS } from '../../analysis/pss/index.js';
const CONTROL_LEVEL = new Map(PSS_CONTROLS.map((c) => [c.id, c.level]));
/**
 * Every pod template against every Pod Security control, whatever its namespace enforces: baseline
 * controls from a baseline evaluation, restricted ones from a restricted evaluation (restricted
 * replaces some baseline controls, which must still be reported on their own). The version is the
 * namespace's enforce-version unless the user forces one. Run through inventory.analysis().
 */
export function pssVerdicts(inventory, config) {
    const policies = new Map();
    const out = [];
    for (const view of inventory.podSpecs()) {
        let policy = policies.get(view.namespace);
        if (!policy) {
            policy = namespacePolicy(inventory.get('Namespace', undefined, view.namespace)?.object);
            policies.set(view.namespace, policy);
        }
        const version = config.pss.version ?? policy.enforce.version;
        const violations = new Map();
        for (const v of evaluatePod(view, 'baseline', version))
            violations.set(v.control, v);
        if (config.pss.level !== 'baseline') {
            for (const v of evaluatePod(view, 'restricted', version))
                if (CONTROL_LEVEL.get(v.control) === 'restricted')
                    violations.set(v.control, v);
        }
        if (violations.size > 0)
            out.push({ view, policy, version, violations });
    }
    return out;
}
const RANK = { privileged: 0, baseline: 1, restricted: 2 };
/**
 * A check that reports one Pod Security Standards control, worded as Kubernetes' admission
 * message, with whether the namespace would admit the pod today.
 */
export function pssCheck(spec) {
    const { control, refine, ...meta } = spec;
    const level = CONTROL_LEVEL.get(control);
    if (!level)
        throw new Error(`unknown Pod Security control ${control}`);
    return defineCheck({
        meta: { ...meta, category: 'pss', area: 'pod-security' },
        applies: (inventory) => inventory.podSpecs().length > 0,
        run(ctx) {
            const mode = ctx.config.pss.level;
            if (mode !== 'namespace' && RANK[level] > RANK[mode])
                return;
            for (const verdict of ctx.inventory.analysis(pssVerdicts, ctx.config)) {
                const violation = verdict.violations.get(control);
                if (!violation)
                    continue;
                const { view, policy } = verdict;
                if (mode === 'namespace' && RANK[level] > RANK[policy.enforce.level])
                    continue;
                const extra = refine?.(violation, view, ctx.options);
                if (extra === 'skip')
                    continue;
                const covers = (l) => RANK[l] >= RANK[level];
                const admitted = !covers(policy.enforce.level);
                const ns = `namespace "${view.namespace}"`;
                const admission = !admitted
                    ? `rejected at admission: ${ns} enforces ${policy.enforce.level}:${policy.enforce.version}`
                    : covers(policy.warn.level)
                        ? `admitted with a warning: ${ns} enforces ${policy.enforce.level} but warns at ${policy.warn.level}`
                        : covers(policy.audit.level)
                            ? `admitted and audited: ${ns} enforces ${policy.enforce.level} but audits at ${policy.audit.level}`
                            : `admitted today: ${ns} enforces ${policy.enforce.level}`;
                ctx.report({
                    object: view.owner,
                    pointer: violation.pointers[0] ?? view.pointer,
                    key: `${view.pointer}:${control}`,
                    severity: extra?.severity,
                    message: `${level} Pod Security Standard: ${violation.message}${extra?.explanation ? `. ${extra.explanation}` : ''}`,
                    context: admission,
                    evidence: {
                        control,
                        level,
                        version: verdict.version,
                        admitted,
                        enforce: `${policy.enforce.level}:${policy.enforce.version}`,
                        warn: `${policy.warn.level}:${policy.warn.version}`,
                        audit: `${policy.audit.level}:${policy.audit.version}`,
                        ...extra?.evidence,
                    },
                });
            }
        },
    });
}
//# sourceMappingURL=pss-check.js.map