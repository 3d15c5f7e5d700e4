/** Share of objects generated with at least one mistake. */
export declare const BAD_RATIO = 0.3;
/** A plain Kubernetes object as it would come out of the API server. */
export type GeneratedObject = {
    apiVersion: string;
    kind: string;
    metadata: Record<string, unknown>;
    [field: string]: unknown;
};
export interface GeneratedCluster {
    readonly objects: readonly GeneratedObject[];
    /** Objects generated with a deliberate mistake. */
    readonly bad: number;
}
/** mulberry32: tiny, fast and good enough to pick shapes; never use for anything secret. */
export declare function prng(seed: number): () => number;
/** A cluster of exactly `objects` objects. */
export declare function generateCluster(objects: number, seed?: number): GeneratedCluster;
/**
 * `kubectl get ... -o json` output: one `kind: List`, keys sorted (kubectl prints unstructured
 * objects, whose maps Go's encoder sorts) and indented by 4 spaces (kubectl's JSON printer).
 */
export declare function writeJsonList(objects: readonly GeneratedObject[], path: string, indent?: number): number;
/** A multi-document YAML stream, as a repository of manifests concatenated with `---`. */
export declare function writeYamlStream(objects: readonly GeneratedObject[], path: string): number;
/**
 * `kubectl get ... -o yaml` output: one `kind: List` document, keys sorted, items as a block
 * sequence at column 0 (what kubectl's YAML printer writes).
 */
export declare function writeYamlList(objects: readonly GeneratedObject[], path: string): number;
export interface WrittenCluster {
    readonly objects: number;
    readonly bad: number;
    readonly json: {
        readonly path: string;
        readonly bytes: number;
    };
    readonly yaml: {
        readonly path: string;
        readonly bytes: number;
    };
    readonly yamlList: {
        readonly path: string;
        readonly bytes: number;
    };
}
export declare function writeCluster(dir: string, objects: number, seed?: number, indent?: number): WrittenCluster;
