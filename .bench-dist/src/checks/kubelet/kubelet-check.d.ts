import { type Check, type CheckMeta } from '../check.js';
import type { Severity } from '../../findings/finding.js';
import type { Inventory } from '../../inventory/inventory.js';
import { type Kubelet, type KubeletFieldName, type Provenance } from '../../analysis/components/kubelet.js';
import type { OptionSpecs, OptionValues } from '../options.js';
export interface KubeletProblem {
    readonly message: string;
    /** The setting at fault: the finding points where it is set (or where it belongs). */
    readonly from: Provenance;
    readonly evidence?: Readonly<Record<string, unknown>>;
    readonly severity?: Severity;
    readonly key?: string;
}
export interface KubeletCheckSpec<O extends OptionSpecs> extends CheckMeta<O> {
    readonly evaluate: (k: Kubelet, context: {
        readonly inventory: Inventory;
        readonly options: OptionValues<O>;
    }) => KubeletProblem | readonly KubeletProblem[] | undefined;
}
export declare function kubelets(inventory: Inventory): readonly Kubelet[];
/**
 * A check over every kubelet the input describes (KubeletConfiguration files, kubelet command
 * lines, node bundles), on its effective configuration: flags over the file over the defaults.
 */
export declare function kubeletCheck<O extends OptionSpecs>(spec: KubeletCheckSpec<O>): Check<O>;
/** Says where a value comes from, for messages: "set by --read-only-port=10255", "the default". */
export declare function origin(from: Provenance): string;
/** "The kubelet of worker-1" for messages. */
export declare function kubeletName(k: Kubelet): string;
/** How to set a field, in both forms. */
export declare function howToSet(field: KubeletFieldName, value: string): string;
