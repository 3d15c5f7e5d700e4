/** A mapping with an `apiVersion` or a `kind`: what a Kubernetes object looks like, broken or not. */
export declare function looksLikeObject(value: unknown): boolean;
/**
 * Why a parsed document is plainly not a Kubernetes object (for the info note), or undefined when
 * it is or may be one (and then problems with it are errors).
 */
export declare function notAnObject(value: unknown, file: string): string | undefined;
export declare function mentionsObjectFields(text: string, json: boolean): boolean;
export declare function looksLikeTemplate(text: string): boolean;
/** A value as YAML names it, for messages: `a mapping`, `a list`, `true`, `null`, `"text"`. */
export declare function describeYamlValue(value: unknown): string;
