/** `rbacv1.VerbAll`, `APIGroupAll`, `ResourceAll`, `NonResourceAll`. */
export declare const ALL = "*";
/** A PolicyRule with every list present (an absent or malformed list is empty, and matches nothing). */
export interface PolicyRule {
    readonly verbs: readonly string[];
    readonly apiGroups: readonly string[];
    readonly resources: readonly string[];
    readonly resourceNames: readonly string[];
    readonly nonResourceURLs: readonly string[];
}
/** The attributes of a request that RBAC looks at (k8s.io/apiserver authorizer.Attributes). */
export type Request = ResourceRequest | NonResourceRequest;
export interface ResourceRequest {
    readonly resourceRequest: true;
    readonly verb: string;
    readonly apiGroup: string;
    readonly resource: string;
    /** `exec` for `pods/exec`; empty or absent for the resource itself. */
    readonly subresource?: string;
    /** Empty or absent for requests without a name (list, watch, create, deletecollection). */
    readonly name?: string;
    /**
     * Empty or absent for a cluster-wide request (a cluster-scoped resource, or a namespaced one across
     * all namespaces). For the `namespaces` resource the API server sets it to the namespace's own name.
     */
    readonly namespace?: string;
}
export interface NonResourceRequest {
    readonly resourceRequest: false;
    readonly verb: string;
    /** The URL path, e.g. `/healthz`. Non-resource requests are never namespaced. */
    readonly path: string;
}
/** `VerbMatches`: `*` or the exact verb. */
export declare function verbMatches(rule: PolicyRule, verb: string): boolean;
/** `APIGroupMatches`: `*` or the exact group (`""` is the core group). */
export declare function apiGroupMatches(rule: PolicyRule, group: string): boolean;
/**
 * `ResourceMatches`: `*` matches every resource and subresource; otherwise the rule names the
 * combined `resource/subresource` exactly, or `*\/sub` matches subresource `sub` of any resource.
 * There is no `pods/*`: a rule entry `pods/*` matches only a request for the literal combined
 * resource `pods/*`, never `pods/exec` and never `pods`.
 */
export declare function resourceMatches(rule: PolicyRule, combinedResource: string, subresource: string): boolean;
/** `ResourceNameMatches`: no names means every name; otherwise the exact name (a request without one never matches). */
export declare function resourceNameMatches(rule: PolicyRule, name: string): boolean;
/** `NonResourceURLMatches`: `*`, the exact path, or a prefix ending in `*` (`/apis/*` matches `/apis/apps/v1`). */
export declare function nonResourceURLMatches(rule: PolicyRule, path: string): boolean;
/** `RuleAllows`. */
export declare function ruleAllows(request: Request, rule: PolicyRule): boolean;
/** `RulesAllow`. */
export declare function rulesAllow(request: Request, rules: readonly PolicyRule[]): boolean;
/** A PolicyRule from user input; fields of the wrong type are read as empty (and grant nothing). */
export declare function policyRule(raw: unknown): PolicyRule;
/**
 * Parses `resource[/subresource]` as `kubectl auth can-i` does: `pods/exec` is resource `pods`,
 * subresource `exec`; `deployments.apps` names the group after the first dot.
 */
export declare function parseResourceArg(arg: string): {
    resource: string;
    subresource: string;
    apiGroup?: string;
};
/** `PolicyRule{APIGroups:[""], Resources:["pods"], Verbs:["get"]}`, as `rbacv1helpers.CompactString` prints it. */
export declare function compactRule(rule: PolicyRule): string;
/** A rule as plain JSON for evidence: only the lists it has. */
export declare function ruleEvidence(rule: PolicyRule): Record<string, readonly string[]>;
/** Two rules with the same lists (the aggregation controller's `ruleExists` uses semantic deep equality). */
export declare function sameRule(a: PolicyRule, b: PolicyRule): boolean;
