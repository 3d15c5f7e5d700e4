import { HttpStatusError } from './errors.js';
/**
 * Finds where the server serves each wanted kind: its preferred version of the group when that
 * version has the kind, else the first other version that does (PodSecurityPolicy lived only in
 * policy/v1beta1). Only the groups Rampart needs are asked about, so a broken aggregated API
 * (metrics.k8s.io down) does not matter. Kinds the server does not offer are simply absent.
 */
export async function discover(client, wanted) {
    const found = new Map();
    const groups = new Map();
    const core = await client.getJson('/api');
    groups.set('', core.versions?.includes('v1') ? ['v1'] : (core.versions ?? []));
    const named = await client.getJson('/apis');
    for (const g of named.groups ?? []) {
        const preferred = g.preferredVersion?.version;
        const versions = g.versions.map((v) => v.version);
        groups.set(g.name, preferred ? [preferred, ...versions.filter((v) => v !== preferred)] : versions);
    }
    const byGroup = new Map();
    for (const w of wanted) {
        if (!groups.has(w.group))
            continue;
        let kinds = byGroup.get(w.group);
        if (!kinds)
            byGroup.set(w.group, (kinds = new Set()));
        kinds.add(w.kind);
    }
    await Promise.all([...byGroup].map(async ([group, kinds]) => {
        for (const version of groups.get(group) ?? []) {
            const missing = [...kinds].filter((k) => !found.has(key(group, k)));
            if (missing.length === 0)
                break;
            const path = group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
            let list;
            try {
                list = await client.getJson(path);
            }
            catch (e) {
                // a group version that vanished between the two requests, or is broken: try the next one
                if (e instanceof HttpStatusError)
                    continue;
                throw e;
            }
            for (const r of list.resources ?? []) {
                if (r.name.includes('/') || !missing.includes(r.kind))
                    continue;
                if (!(r.verbs ?? []).includes('list'))
                    continue;
                found.set(key(group, r.kind), { group, version, resource: r.name, kind: r.kind, namespaced: r.namespaced, verbs: r.verbs ?? [] });
            }
        }
    }));
    return found;
}
export function key(group, kind) {
    return `${group}/${kind}`;
}
export function apiVersionOf(r) {
    return r.group === '' ? r.version : `${r.group}/${r.version}`;
}
/** The collection URL: `/apis/apps/v1/namespaces/shop/deployments`, or all namespaces without one. */
export function collectionPath(r, namespace) {
    const base = r.group === '' ? `/api/${r.version}` : `/apis/${r.group}/${r.version}`;
    return r.namespaced && namespace !== undefined ? `${base}/namespaces/${encodeURIComponent(namespace)}/${r.resource}` : `${base}/${r.resource}`;
}
//# sourceMappingURL=discovery.js.map