import type { ClusterInfo } from './coverage.js';
import { type ClusterRead } from './live/read.js';
/** Bumped when a snapshot written by this version cannot be read by an older one. */
export declare const SNAPSHOT_VERSION = 1;
/**
 * A snapshot is a kubectl `List` (so `rampart scan -f` and other tools read its items) whose extra
 * `rampart` field records the server, its version, the time, the namespace and the kinds read or
 * refused. Secret values are never written, even when the read included them.
 */
export declare function snapshotJson(read: ClusterRead): string;
export declare function writeSnapshotBuffer(read: ClusterRead, gzip: boolean): Buffer;
/** Reads a snapshot file (gzip or plain JSON). A file that is not one is an InputError naming it. */
export declare function readSnapshot(file: string, content?: Buffer): ClusterRead;
/** What an inventory records about the cluster a read came from. */
export declare function clusterInfo(read: ClusterRead): ClusterInfo;
