export type Labels = Readonly<Record<string, string>>;
/** One requirement of a selector, with matchLabels entries turned into `In [value]`. */
export interface Requirement {
    readonly key: string;
    readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    readonly values: readonly string[];
}
/**
 * A compiled metav1.LabelSelector, with the semantics of `metav1.LabelSelectorAsSelector`
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements):
 * every requirement must hold (matchLabels and matchExpressions are ANDed); `NotIn` and
 * `DoesNotExist` also match objects without the key; the empty selector `{}` matches everything.
 */
export interface LabelSelector {
    readonly requirements: readonly Requirement[];
    /** True for `{}`: matches every object. */
    readonly empty: boolean;
    /** Canonical text, equal for equal selectors: used to share work between identical selectors. */
    readonly key: string;
    matches(labels: Labels): boolean;
}
/**
 * Compiles a selector, or says why the API server would reject it (an unknown operator, `In`/`NotIn`
 * without values, `Exists`/`DoesNotExist` with values).
 */
export declare function compileSelector(raw: unknown): LabelSelector | {
    error: string;
};
/**
 * The same selector in the shape the RBAC engine uses for aggregation rules: a non-mapping
 * selector is an error there, and labels may be absent.
 */
export type LabelSelectorResult = {
    readonly ok: true;
    readonly matches: (labels: Readonly<Record<string, unknown>> | undefined) => boolean;
} | {
    readonly ok: false;
    readonly error: string;
};
export declare function compileLabelSelector(selector: unknown): LabelSelectorResult;
export declare function isSelectorError(s: LabelSelector | {
    error: string;
}): s is {
    error: string;
};
/** `app=web,tier in (a,b),!legacy` in kubectl's notation; `{}` for the empty selector. */
export declare function formatSelector(s: LabelSelector): string;
