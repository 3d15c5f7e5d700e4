import { apiGroupMatches, verbMatches } from './rules.js';
import { RbacWorld, DEFAULT_RBAC_OPTIONS, objectRef } from './world.js';
import { MASTERS, serviceAccountUser } from './users.js';
export * from './rules.js';
export * from './users.js';
export * from './world.js';
/** Pods and the controllers that create them: creating or changing one runs arbitrary pods. */
export const POD_CREATORS = [
    { verbs: ['create'], apiGroup: '', resource: 'pods' },
    { verbs: ['create', 'update', 'patch'], apiGroup: '', resource: 'replicationcontrollers' },
    ...['deployments', 'replicasets', 'statefulsets', 'daemonsets'].flatMap((resource) => [
        { verbs: ['create', 'update', 'patch'], apiGroup: 'apps', resource },
        { verbs: ['create', 'update', 'patch'], apiGroup: 'extensions', resource },
    ]),
    { verbs: ['create', 'update', 'patch'], apiGroup: 'batch', resource: 'jobs' },
    { verbs: ['create', 'update', 'patch'], apiGroup: 'batch', resource: 'cronjobs' },
];
export const SECRET_READ = { verbs: ['get', 'list', 'watch'], apiGroup: '', resource: 'secrets' };
/** Permissions that let an identity become another or grant itself more, with a short name. */
export const ESCALATION_PERMISSIONS = [
    { what: 'bind on clusterroles', permission: { verbs: ['bind'], apiGroup: 'rbac.authorization.k8s.io', resource: 'clusterroles' } },
    { what: 'bind on roles', permission: { verbs: ['bind'], apiGroup: 'rbac.authorization.k8s.io', resource: 'roles' } },
    { what: 'escalate on clusterroles', permission: { verbs: ['escalate'], apiGroup: 'rbac.authorization.k8s.io', resource: 'clusterroles' } },
    { what: 'escalate on roles', permission: { verbs: ['escalate'], apiGroup: 'rbac.authorization.k8s.io', resource: 'roles' } },
    { what: 'impersonate users', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'users' } },
    { what: 'impersonate groups', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'groups' } },
    { what: 'impersonate serviceaccounts', permission: { verbs: ['impersonate'], apiGroup: '', resource: 'serviceaccounts' } },
    { what: 'create serviceaccounts/token', permission: { verbs: ['create'], apiGroup: '', resource: 'serviceaccounts', subresource: 'token' } },
    { what: 'approve certificatesigningrequests', permission: { verbs: ['update', 'patch'], apiGroup: 'certificates.k8s.io', resource: 'certificatesigningrequests', subresource: 'approval' } },
];
/** Whether a rule allows any of the permission's verbs on its resource, ignoring names. */
export function ruleMatchesPermission(rule, p) {
    const combined = p.subresource ? `${p.resource}/${p.subresource}` : p.resource;
    const sub = p.subresource ?? '';
    if (!apiGroupMatches(rule, p.apiGroup))
        return [];
    if (!rule.resources.some((r) => r === '*' || r === combined || (sub !== '' && r === `*/${sub}`)))
        return [];
    return p.verbs.filter((v) => verbMatches(rule, v));
}
/** A rule with every verb on every resource of every group, for every name. */
export function isAdminRule(rule) {
    return rule.verbs.includes('*') && rule.apiGroups.includes('*') && rule.resources.includes('*') && rule.resourceNames.length === 0;
}
export class RbacAnalysis {
    world;
    resourceIndex;
    constructor(world) {
        this.world = world;
    }
    /** Grants whose rule allows any verb of the permission, found through an index by resource. */
    grantsAllowing(permission) {
        const index = this.index();
        const combined = permission.subresource ? `${permission.resource}/${permission.subresource}` : permission.resource;
        const keys = ['*', combined, ...(permission.subresource ? [`*/${permission.subresource}`] : [])];
        const seen = new Set();
        const out = [];
        for (const k of keys) {
            for (const grant of index.get(k) ?? []) {
                if (seen.has(grant))
                    continue;
                seen.add(grant);
                const verbs = ruleMatchesPermission(grant.rule.rule, permission);
                if (verbs.length > 0)
                    out.push({ grant, verbs, resourceNames: grant.rule.rule.resourceNames, permission });
            }
        }
        return out;
    }
    index() {
        if (this.resourceIndex)
            return this.resourceIndex;
        const index = new Map();
        for (const g of this.world.grants()) {
            for (const r of new Set(g.rule.rule.resources)) {
                let list = index.get(r);
                if (!list)
                    index.set(r, (list = []));
                list.push(g);
            }
        }
        return (this.resourceIndex = index);
    }
    /** How powerful a user (with its groups) is, and through which grants. */
    power(user) {
        const grants = [];
        let clusterAdmin = user.groups.includes(MASTERS);
        let readSecretsAll = false;
        let createPodsAll = false;
        const readSecrets = new Set();
        const createPods = new Set();
        const escalate = new Set();
        for (const { binding, subject } of this.world.allBindingsFor(user)) {
            if (!binding.role)
                continue;
            const scope = binding.namespace;
            grants.push({ binding: objectRef(binding), role: objectRef(binding.role), subject: objectRef(subject), ...(scope !== undefined && { namespace: scope }) });
            for (const { rule } of binding.role.rules) {
                if (scope === undefined && isAdminRule(rule))
                    clusterAdmin = true;
                const whole = rule.resourceNames.length === 0;
                if (whole && ruleMatchesPermission(rule, SECRET_READ).length > 0) {
                    if (scope === undefined)
                        readSecretsAll = true;
                    else
                        readSecrets.add(scope);
                }
                if (whole && POD_CREATORS.some((p) => ruleMatchesPermission(rule, p).length > 0)) {
                    if (scope === undefined)
                        createPodsAll = true;
                    else
                        createPods.add(scope);
                }
                for (const { what, permission } of ESCALATION_PERMISSIONS) {
                    if (ruleMatchesPermission(rule, permission).length > 0)
                        escalate.add(`${what} ${scope === undefined ? 'cluster-wide' : `in namespace ${scope}`}`);
                }
            }
        }
        const level = clusterAdmin
            ? 'cluster-admin'
            : escalate.size > 0
                ? 'escalate'
                : readSecretsAll || readSecrets.size > 0
                    ? 'read-secrets'
                    : createPodsAll || createPods.size > 0
                        ? 'create-pods'
                        : grants.length > 0
                            ? 'limited'
                            : 'none';
        return {
            level,
            clusterAdmin,
            readSecrets: readSecretsAll ? '*' : [...readSecrets].sort(),
            createPods: createPodsAll ? '*' : [...createPods].sort(),
            escalate: [...escalate].sort(),
            grants,
        };
    }
    /** The power of a service account's token (its own bindings and those of its groups). */
    serviceAccountPower(namespace, name) {
        return this.power(serviceAccountUser(namespace, name));
    }
}
/** The memoized analysis: `inventory.analysis(rbacAnalysis, undefined)` (or with options). */
export function rbacAnalysis(inventory, options) {
    return new RbacAnalysis(new RbacWorld(inventory, options ?? DEFAULT_RBAC_OPTIONS));
}
//# sourceMappingURL=index.js.map