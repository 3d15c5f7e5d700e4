import { type CliIo } from '../io.js';
export interface SnapshotCommandOptions {
    readonly output: string;
    readonly kubeconfig?: string;
    readonly context?: string;
    readonly requestTimeout?: string;
    readonly namespace?: string;
    readonly allNamespaces?: boolean;
}
/**
 * `rampart snapshot -o cluster.json.gz`: one read of a live cluster, written for offline use. The
 * file is written whole or not at all (a temporary name, then a rename), so an interrupted run never
 * leaves half a snapshot behind.
 */
export declare function runSnapshot(opts: SnapshotCommandOptions, io: CliIo): Promise<number>;
