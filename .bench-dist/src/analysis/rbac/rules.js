/**
 * RBAC rule matching, ported from Kubernetes:
 * - `VerbMatches`, `APIGroupMatches`, `ResourceMatches`, `ResourceNameMatches` and
 *   `NonResourceURLMatches` in pkg/apis/rbac/v1/evaluation_helpers.go;
 * - `RuleAllows` in plugin/pkg/auth/authorizer/rbac/rbac.go.
 * Every comparison is exact and case-sensitive, as in Go: `Pods` is not `pods`.
 */
import { isRecord } from '../../k8s/types.js';
/** `rbacv1.VerbAll`, `APIGroupAll`, `ResourceAll`, `NonResourceAll`. */
export const ALL = '*';
/** `VerbMatches`: `*` or the exact verb. */
export function verbMatches(rule, verb) {
    for (const v of rule.verbs)
        if (v === ALL || v === verb)
            return true;
    return false;
}
/** `APIGroupMatches`: `*` or the exact group (`""` is the core group). */
export function apiGroupMatches(rule, group) {
    for (const g of rule.apiGroups)
        if (g === ALL || g === group)
            return true;
    return false;
}
/**
 * `ResourceMatches`: `*` matches every resource and subresource; otherwise the rule names the
 * combined `resource/subresource` exactly, or `*\/sub` matches subresource `sub` of any resource.
 * There is no `pods/*`: a rule entry `pods/*` matches only a request for the literal combined
 * resource `pods/*`, never `pods/exec` and never `pods`.
 */
export function resourceMatches(rule, combinedResource, subresource) {
    for (const r of rule.resources) {
        if (r === ALL || r === combinedResource)
            return true;
        if (subresource.length === 0)
            continue;
        if (r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource))
            return true;
    }
    return false;
}
/** `ResourceNameMatches`: no names means every name; otherwise the exact name (a request without one never matches). */
export function resourceNameMatches(rule, name) {
    if (rule.resourceNames.length === 0)
        return true;
    for (const n of rule.resourceNames)
        if (n === name)
            return true;
    return false;
}
/** `NonResourceURLMatches`: `*`, the exact path, or a prefix ending in `*` (`/apis/*` matches `/apis/apps/v1`). */
export function nonResourceURLMatches(rule, path) {
    for (const u of rule.nonResourceURLs) {
        if (u === ALL || u === path)
            return true;
        // Go's strings.TrimRight(u, "*") removes every trailing star, so "/a**" is the prefix "/a".
        if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, '')))
            return true;
    }
    return false;
}
/** `RuleAllows`. */
export function ruleAllows(request, rule) {
    if (request.resourceRequest) {
        const sub = request.subresource ?? '';
        const combined = sub.length > 0 ? `${request.resource}/${sub}` : request.resource;
        return verbMatches(rule, request.verb) && apiGroupMatches(rule, request.apiGroup) && resourceMatches(rule, combined, sub) && resourceNameMatches(rule, request.name ?? '');
    }
    return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.path);
}
/** `RulesAllow`. */
export function rulesAllow(request, rules) {
    for (const r of rules)
        if (ruleAllows(request, r))
            return true;
    return false;
}
const EMPTY = [];
function strings(value) {
    if (!Array.isArray(value))
        return EMPTY;
    return value.filter((v) => typeof v === 'string');
}
/** A PolicyRule from user input; fields of the wrong type are read as empty (and grant nothing). */
export function policyRule(raw) {
    if (!isRecord(raw))
        return { verbs: EMPTY, apiGroups: EMPTY, resources: EMPTY, resourceNames: EMPTY, nonResourceURLs: EMPTY };
    return {
        verbs: strings(raw.verbs),
        apiGroups: strings(raw.apiGroups),
        resources: strings(raw.resources),
        resourceNames: strings(raw.resourceNames),
        nonResourceURLs: strings(raw.nonResourceURLs),
    };
}
/**
 * Parses `resource[/subresource]` as `kubectl auth can-i` does: `pods/exec` is resource `pods`,
 * subresource `exec`; `deployments.apps` names the group after the first dot.
 */
export function parseResourceArg(arg) {
    const slash = arg.indexOf('/');
    let resource = slash === -1 ? arg : arg.slice(0, slash);
    const subresource = slash === -1 ? '' : arg.slice(slash + 1);
    let apiGroup;
    const dot = resource.indexOf('.');
    if (dot !== -1) {
        apiGroup = resource.slice(dot + 1);
        resource = resource.slice(0, dot);
    }
    return { resource, subresource, apiGroup };
}
/** `PolicyRule{APIGroups:[""], Resources:["pods"], Verbs:["get"]}`, as `rbacv1helpers.CompactString` prints it. */
export function compactRule(rule) {
    const parts = [];
    const q = (xs) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;
    if (rule.apiGroups.length)
        parts.push(`APIGroups:${q(rule.apiGroups)}`);
    if (rule.resources.length)
        parts.push(`Resources:${q(rule.resources)}`);
    if (rule.nonResourceURLs.length)
        parts.push(`NonResourceURLs:${q(rule.nonResourceURLs)}`);
    if (rule.resourceNames.length)
        parts.push(`ResourceNames:${q(rule.resourceNames)}`);
    if (rule.verbs.length)
        parts.push(`Verbs:${q(rule.verbs)}`);
    return `{${parts.join(', ')}}`;
}
/** A rule as plain JSON for evidence: only the lists it has. */
export function ruleEvidence(rule) {
    const out = {};
    if (rule.apiGroups.length || rule.resources.length)
        out.apiGroups = rule.apiGroups;
    if (rule.resources.length)
        out.resources = rule.resources;
    if (rule.resourceNames.length)
        out.resourceNames = rule.resourceNames;
    if (rule.nonResourceURLs.length)
        out.nonResourceURLs = rule.nonResourceURLs;
    out.verbs = rule.verbs;
    return out;
}
/** Two rules with the same lists (the aggregation controller's `ruleExists` uses semantic deep equality). */
export function sameRule(a, b) {
    const eq = (x, y) => x.length === y.length && x.every((v, i) => v === y[i]);
    return eq(a.verbs, b.verbs) && eq(a.apiGroups, b.apiGroups) && eq(a.resources, b.resources) && eq(a.resourceNames, b.resourceNames) && eq(a.nonResourceURLs, b.nonResourceURLs);
}
//# sourceMappingURL=rules.js.map