/**
 * Field paths (`user.username`, `sourceIPs[0]`, `annotations["authorization.k8s.io/decision"]`)
 * used for window keys and output templates: cheaper than a CEL evaluation, which matters for
 * rules that look at every event. A segment applied to a list maps over its elements, as Falco's
 * `ka.req.pod.containers.image` does.
 */
type Segment = string | number;
export declare function parsePath(path: string): Segment[] | undefined;
/** Follows a path; lists are mapped over for name segments. Undefined when any step is missing. */
export declare function getPath(value: unknown, path: readonly Segment[]): unknown;
/** A value as text for a key or a message: lists joined with commas, objects as JSON. */
export declare function pathText(v: unknown): string;
/** A compiled `{path}` template. `{{` and `}}` are literal braces. */
export declare function compileTemplate(template: string): {
    render(value: unknown): string;
    paths: string[];
    bad: string[];
};
export {};
