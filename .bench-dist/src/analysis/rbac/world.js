import { isRecord } from '../../k8s/types.js';
import { compileLabelSelector } from '../../k8s/label-selector.js';
import { BOOTSTRAP_ROLES, bootstrapBinding, bootstrapRole } from './bootstrap.js';
import { policyRule, ruleAllows, sameRule } from './rules.js';
import { MASTERS, serviceAccountUsername } from './users.js';
export const DEFAULT_RBAC_OPTIONS = { assumeBuiltinRoles: true };
function roleKey(kind, namespace, name) {
    return `${kind}\0${kind === 'Role' ? (namespace ?? '') : ''}\0${name}`;
}
/** The username a subject matches (`u:`), or the group (`g:`): the authorizer's comparison in one string. */
export function subjectMatchKey(s) {
    if (!s.applies)
        return undefined;
    if (s.kind === 'User')
        return `u:${s.name}`;
    if (s.kind === 'Group')
        return `g:${s.name}`;
    return `u:${serviceAccountUsername(s.namespace ?? '', s.name)}`;
}
export class RbacWorld {
    options;
    roles;
    bindings;
    clusterRoleBindings;
    roleIndex = new Map();
    roleBindingsByNamespace = new Map();
    bindingsByRole = new Map();
    /** The authorizer visits ClusterRoleBindings first, then RoleBindings, each in input order. */
    visitOrder = new Map();
    /** `u:<username>` / `g:<group>` → the (binding, subject) pairs that match it. */
    bySubjectKey = new Map();
    grantCache;
    constructor(inventory, options = DEFAULT_RBAC_OPTIONS) {
        this.options = options;
        const roles = [];
        for (const kind of ['ClusterRole', 'Role']) {
            for (const o of inventory.effective(kind)) {
                const r = roleFromObject(o, kind);
                roles.push(r);
                this.roleIndex.set(roleKey(kind, r.namespace, r.name), r);
            }
        }
        if (options.assumeBuiltinRoles) {
            for (const b of BOOTSTRAP_ROLES) {
                if (b.source !== 'kubernetes' || this.roleIndex.has(roleKey(b.kind, b.namespace, b.name)))
                    continue;
                const r = roleFromBootstrap(b);
                roles.push(r);
                this.roleIndex.set(roleKey(b.kind, b.namespace, b.name), r);
            }
        }
        aggregate(roles.filter((r) => r.kind === 'ClusterRole'));
        this.roles = roles;
        const bindings = [];
        for (const kind of ['ClusterRoleBinding', 'RoleBinding']) {
            for (const o of inventory.effective(kind))
                bindings.push(this.bindingFromObject(o, kind));
        }
        this.bindings = bindings;
        this.clusterRoleBindings = bindings.filter((b) => b.kind === 'ClusterRoleBinding');
        bindings.forEach((b, i) => this.visitOrder.set(b, i));
        for (const b of bindings) {
            if (b.kind === 'RoleBinding') {
                let list = this.roleBindingsByNamespace.get(b.namespace ?? '');
                if (!list)
                    this.roleBindingsByNamespace.set(b.namespace ?? '', (list = []));
                list.push(b);
            }
            if (b.role) {
                let list = this.bindingsByRole.get(b.role);
                if (!list)
                    this.bindingsByRole.set(b.role, (list = []));
                list.push(b);
            }
            for (const s of b.subjects) {
                const k = subjectMatchKey(s);
                if (k === undefined)
                    continue;
                let list = this.bySubjectKey.get(k);
                if (!list)
                    this.bySubjectKey.set(k, (list = []));
                list.push({ binding: b, subject: s });
            }
        }
    }
    bindingFromObject(o, kind) {
        const raw = o.object;
        const ref = isRecord(raw.roleRef) ? raw.roleRef : {};
        const roleRef = {
            kind: typeof ref.kind === 'string' ? ref.kind : '',
            name: typeof ref.name === 'string' ? ref.name : '',
            ...(typeof ref.apiGroup === 'string' && { apiGroup: ref.apiGroup }),
        };
        const namespace = kind === 'RoleBinding' ? o.namespace : undefined;
        // GetRoleReferenceRules: a Role in the binding's namespace, a ClusterRole by name; any other kind is an error.
        const role = roleRef.kind === 'Role' && namespace !== undefined ? this.roleIndex.get(roleKey('Role', namespace, roleRef.name)) : roleRef.kind === 'ClusterRole' ? this.roleIndex.get(roleKey('ClusterRole', undefined, roleRef.name)) : undefined;
        const subjects = [];
        const list = raw.subjects;
        if (Array.isArray(list)) {
            list.forEach((s, index) => {
                if (!isRecord(s))
                    return;
                const subjectKind = typeof s.kind === 'string' ? s.kind : '';
                const name = typeof s.name === 'string' ? s.name : '';
                if (subjectKind === 'ServiceAccount') {
                    const written = typeof s.namespace === 'string' && s.namespace !== '' ? s.namespace : undefined;
                    const ns = written ?? namespace;
                    subjects.push(ns === undefined
                        ? { kind: subjectKind, name, index, applies: false, problem: 'a ServiceAccount subject of a ClusterRoleBinding must name its namespace; without one it matches nobody' }
                        : { kind: subjectKind, name, namespace: ns, index, applies: true });
                }
                else if (subjectKind === 'User' || subjectKind === 'Group') {
                    subjects.push({ kind: subjectKind, name, index, applies: true });
                }
                else {
                    subjects.push({ kind: subjectKind, name, index, applies: false, problem: `subject kind ${JSON.stringify(subjectKind)} is not User, Group or ServiceAccount: it matches nobody` });
                }
            });
        }
        const stock = bootstrapBinding(kind, namespace, o.name);
        return { kind, namespace, name: o.name, object: o, roleRef, role, subjects, stock };
    }
    role(kind, namespace, name) {
        return this.roleIndex.get(roleKey(kind, namespace, name));
    }
    /** Bindings that reference a role (RoleBindings of any namespace for a ClusterRole). */
    bindingsOf(role) {
        return this.bindingsByRole.get(role) ?? [];
    }
    roleBindingsIn(namespace) {
        return this.roleBindingsByNamespace.get(namespace) ?? [];
    }
    /** Namespaces that have RoleBindings. */
    bindingNamespaces() {
        return [...this.roleBindingsByNamespace.keys()].sort();
    }
    /** The (binding, subject) pairs that apply to a user, in the authorizer's order, for requests in `namespace` (or cluster-wide). */
    bindingsFor(user, namespace) {
        const keys = [...(user.name !== undefined ? [`u:${user.name}`] : []), ...user.groups.map((g) => `g:${g}`)];
        const found = new Map();
        for (const k of keys) {
            for (const { binding, subject } of this.bySubjectKey.get(k) ?? []) {
                if (binding.kind === 'RoleBinding' && binding.namespace !== namespace)
                    continue;
                // appliesTo: the first subject of the binding that matches.
                const prev = found.get(binding);
                if (!prev || subject.index < prev.index)
                    found.set(binding, subject);
            }
        }
        return [...found].map(([binding, subject]) => ({ binding, subject })).sort((a, b) => this.visitOrder.get(a.binding) - this.visitOrder.get(b.binding));
    }
    /** Every (binding, subject) pair that matches a user, in any namespace: what it gets anywhere. */
    allBindingsFor(user) {
        const keys = [...(user.name !== undefined ? [`u:${user.name}`] : []), ...user.groups.map((g) => `g:${g}`)];
        const found = new Map();
        for (const k of keys) {
            for (const { binding, subject } of this.bySubjectKey.get(k) ?? []) {
                const prev = found.get(binding);
                if (!prev || subject.index < prev.index)
                    found.set(binding, subject);
            }
        }
        return [...found].map(([binding, subject]) => ({ binding, subject })).sort((a, b) => this.visitOrder.get(a.binding) - this.visitOrder.get(b.binding));
    }
    /** The authorizer: RBAC's decision for a user's request (preceded by system:masters, as in the API server). */
    authorize(user, request) {
        if (user.groups.includes(MASTERS))
            return { allowed: true, superuser: true };
        const namespace = request.resourceRequest ? request.namespace || undefined : undefined;
        for (const { binding, subject } of this.bindingsFor(user, namespace)) {
            for (const rule of binding.role?.rules ?? [])
                if (ruleAllows(request, rule.rule))
                    return { allowed: true, by: { binding, subject, rule } };
        }
        return { allowed: false };
    }
    /** Every rule that applies to a user in a namespace (or cluster-wide), with the grant behind it: `RulesFor`. */
    rulesFor(user, namespace) {
        const out = [];
        for (const { binding, subject } of this.bindingsFor(user, namespace))
            for (const rule of binding.role?.rules ?? [])
                out.push({ binding, subject, rule });
        return out;
    }
    /**
     * Who can make a request: the subjects as bindings write them (a Group stays a Group), each with
     * every binding that grants it. Without a namespace only ClusterRoleBindings count.
     */
    whoCan(request) {
        const namespace = request.resourceRequest ? request.namespace || undefined : undefined;
        const candidates = namespace === undefined ? this.clusterRoleBindings : [...this.clusterRoleBindings, ...this.roleBindingsIn(namespace)];
        const allowedByRole = new Map();
        const out = [];
        for (const binding of candidates) {
            const role = binding.role;
            if (!role)
                continue;
            let allowed = allowedByRole.get(role);
            if (allowed === undefined) {
                allowed = role.rules.some((r) => ruleAllows(request, r.rule));
                allowedByRole.set(role, allowed);
            }
            if (!allowed)
                continue;
            for (const subject of binding.subjects)
                if (subject.applies)
                    out.push({ binding, subject });
        }
        return out;
    }
    /** Every (binding, rule) pair with its scope: what the risky-grant checks read. */
    grants() {
        if (this.grantCache)
            return this.grantCache;
        const out = [];
        for (const binding of this.bindings) {
            const role = binding.role;
            if (!role)
                continue;
            const subjects = binding.subjects.filter((s) => s.applies);
            role.rules.forEach((rule, ruleIndex) => {
                const stockRule = isStockRule(rule);
                const reportable = subjects.filter((s) => !(stockRule && isStockSubject(binding, s)));
                out.push({ binding, role, rule, ruleIndex, namespace: binding.namespace, subjects, reportable });
            });
        }
        return (this.grantCache = out);
    }
}
function roleFromObject(o, kind) {
    const raw = o.object;
    const writtenRules = Array.isArray(raw.rules) ? raw.rules.map(policyRule) : [];
    const labels = isRecord(raw.metadata.labels) ? raw.metadata.labels : {};
    const role = {
        kind,
        namespace: kind === 'Role' ? o.namespace : undefined,
        name: o.name,
        object: o,
        stock: bootstrapRole(kind, o.namespace, o.name),
        labels,
        writtenRules,
        rules: [],
    };
    role.rules = writtenRules.map((rule, index) => ({ rule, origin: role, index }));
    if (kind === 'ClusterRole' && isRecord(raw.aggregationRule))
        role.aggregation = { from: [] };
    return role;
}
function roleFromBootstrap(b) {
    const role = { kind: b.kind, namespace: b.namespace, name: b.name, stock: b, labels: b.labels ?? {}, writtenRules: b.rules, rules: [] };
    role.rules = b.rules.map((rule, index) => ({ rule, origin: role, index }));
    if (b.aggregateFrom)
        role.aggregation = { from: [] };
    return role;
}
function selectorsOf(role) {
    if (role.object) {
        const rule = role.object.object.aggregationRule;
        return isRecord(rule) && Array.isArray(rule.clusterRoleSelectors) ? rule.clusterRoleSelectors : [];
    }
    return (role.stock?.aggregateFrom ?? []).map((matchLabels) => ({ matchLabels }));
}
/**
 * The aggregation controller's steady state: each aggregated role's rules are the de-duplicated union
 * of the rules of the other ClusterRoles its selectors match. Aggregated roles may select each other
 * (admin selects edit, which selects view), so the union is iterated to a fixpoint, starting from no
 * rules: what the controller converges to from a fresh cluster.
 */
function aggregate(clusterRoles) {
    const aggregated = clusterRoles.filter((r) => r.aggregation);
    if (aggregated.length === 0)
        return;
    const byName = [...clusterRoles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const plans = new Map();
    for (const role of aggregated) {
        const matched = [];
        let error;
        for (const selector of selectorsOf(role)) {
            const compiled = compileLabelSelector(selector);
            if (!compiled.ok) {
                error = compiled.error;
                break;
            }
            matched.push(byName.filter((r) => r !== role && compiled.matches(r.labels)));
        }
        if (error !== undefined) {
            role.aggregation = { from: [], error };
            continue;
        }
        plans.set(role, matched);
        role.rules = [];
        role.aggregation = { from: [...new Set(matched.flat())] };
    }
    for (let round = 0; round <= plans.size; round++) {
        let changed = false;
        for (const [role, matched] of plans) {
            const next = [];
            for (const group of matched)
                for (const source of group)
                    for (const r of source.rules)
                        if (!next.some((n) => sameRule(n.rule, r.rule)))
                            next.push(r);
            if (next.length !== role.rules.length) {
                role.rules = next;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
}
/** A rule that Kubernetes' stock definition of the role that wrote it also has (covers). */
function isStockRule(rule) {
    const stock = rule.origin.stock;
    return stock !== undefined && stock.rules.some((s) => covers(s, rule.rule));
}
/** Whether `outer` grants at least what `inner` does, comparing the lists as written. */
function covers(outer, inner) {
    const within = (xs, ys) => ys.includes('*') || xs.every((x) => ys.includes(x));
    if (!within(inner.verbs, outer.verbs))
        return false;
    if (inner.nonResourceURLs.length > 0 && !inner.nonResourceURLs.every((u) => outer.nonResourceURLs.some((o) => o === '*' || o === u || (o.endsWith('*') && u.startsWith(o.replace(/\*+$/, ''))))))
        return false;
    if (inner.resources.length > 0) {
        if (!within(inner.apiGroups, outer.apiGroups) || !within(inner.resources, outer.resources))
            return false;
        if (outer.resourceNames.length > 0 && (inner.resourceNames.length === 0 || !inner.resourceNames.every((n) => outer.resourceNames.includes(n))))
            return false;
    }
    return true;
}
function isStockSubject(binding, s) {
    const stock = binding.stock;
    if (!stock || stock.roleRef.kind !== binding.roleRef.kind || stock.roleRef.name !== binding.roleRef.name)
        return false;
    return stock.subjects.some((t) => t.kind === s.kind && t.name === s.name && (t.kind !== 'ServiceAccount' || t.namespace === s.namespace));
}
/** A short, stable reference to a role for messages: `ClusterRole "edit"`, `Role "shop/reader"`. */
export function describeRole(r) {
    return r.namespace !== undefined && r.kind === 'Role' ? `Role "${r.namespace}/${r.name}"` : `${r.kind} "${r.name}"`;
}
export function describeBinding(b) {
    return b.namespace !== undefined ? `${b.kind} "${b.namespace}/${b.name}"` : `${b.kind} "${b.name}"`;
}
export function describeSubject(s) {
    return s.kind === 'ServiceAccount' ? `ServiceAccount "${s.namespace}/${s.name}"` : `${s.kind} "${s.name}"`;
}
export function objectRef(x) {
    return x.namespace !== undefined ? { kind: x.kind, namespace: x.namespace, name: x.name } : { kind: x.kind, name: x.name };
}
//# sourceMappingURL=world.js.map