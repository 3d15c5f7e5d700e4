import { compareLevels, namespacePolicy, parseLevel, parseVersion } from './api.js';
import { achievableLevel, evaluatePod } from './index.js';
export function pssResults(inventory, options = {}) {
    const forcedLevel = options.level === undefined ? undefined : parseLevel(options.level);
    const forcedVersion = options.version === undefined ? undefined : parseVersion(options.version);
    const namespaces = new Map();
    const nsState = (name) => {
        let state = namespaces.get(name);
        if (!state) {
            const declared = inventory.get('Namespace', undefined, name);
            const policy = namespacePolicy(declared?.object);
            state = { declared: declared !== undefined, enforce: policy.enforce, labelErrors: policy.errors, achievable: 'restricted', workloads: 0, violating: 0 };
            namespaces.set(name, state);
        }
        return state;
    };
    for (const { name } of inventory.namespaces())
        nsState(name);
    const results = [];
    for (const view of inventory.podSpecs()) {
        const state = nsState(view.namespace);
        const level = forcedLevel ?? state.enforce.level;
        const version = forcedVersion ?? state.enforce.version;
        const violations = evaluatePod(view, level, version);
        const ref = view.owner.ref;
        results.push({
            resource: { apiVersion: ref.apiVersion, kind: ref.kind, namespace: ref.namespace ?? view.namespace, name: ref.name },
            allowed: violations.length === 0,
            level,
            version,
            violations: violations.map((v) => ({ control: v.control, message: v.message })),
        });
        state.workloads++;
        if (violations.length > 0)
            state.violating++;
        if (state.achievable !== 'privileged') {
            const achievable = achievableLevel(view, version);
            if (compareLevels(achievable, state.achievable) < 0)
                state.achievable = achievable;
        }
    }
    results.sort((a, b) => cmp(a.resource.namespace, b.resource.namespace) || cmp(a.resource.kind, b.resource.kind) || cmp(a.resource.name, b.resource.name) || cmp(a.resource.apiVersion, b.resource.apiVersion));
    const summaries = [...namespaces.entries()]
        .sort(([a], [b]) => cmp(a, b))
        .map(([namespace, s]) => ({
        namespace,
        declared: s.declared,
        enforce: s.enforce,
        version: forcedVersion ?? s.enforce.version,
        achievableLevel: s.achievable,
        workloads: s.workloads,
        violating: s.violating,
        labelErrors: s.labelErrors,
    }));
    return { results, namespaces: summaries };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=report.js.map