import { InputError } from './diagnostics.js';
import { Inventory } from './inventory.js';
import type { ClusterRead } from './live/read.js';
import { loadInventory, readInputs } from './load.js';
import { NodeSources } from './node/read.js';
import type { RenderOptions } from './render.js';

/**
 * Where a cluster's objects come from. Every command that reads a cluster builds its inventory
 * through `loadSources`, so a new source (a snapshot, a live cluster, a node bundle) is added here
 * once and every command gets it.
 */
export interface SourceSpec {
  /** Files and directories (recursive); `-` is stdin. */
  readonly paths: readonly string[];
  /** Reads stdin when a path is `-`. */
  readonly readStdin: () => Buffer;
  /** How Helm charts and kustomizations found in directories are rendered (tools on PATH, values). */
  readonly render?: RenderOptions;
  /** Snapshot files written by `rampart snapshot` (gzip or plain JSON). */
  readonly snapshots?: readonly string[];
  /** A live cluster to read through the Kubernetes API. */
  readonly cluster?: LiveSpec;
}

/** How to read a live cluster; see src/inventory/live/. */
export interface LiveSpec {
  /** A kubeconfig file; otherwise KUBECONFIG, ~/.kube/config, then the in-cluster service account. */
  readonly kubeconfig?: string;
  readonly context?: string;
  /** KUBECONFIG, HOME, KUBERNETES_SERVICE_HOST/PORT. */
  readonly env: NodeJS.ProcessEnv;
  /** List namespaced kinds in this namespace only. */
  readonly namespace?: string;
  /** Read Secret values; they stay in the process and never reach snapshots or reports. */
  readonly includeSecretData?: boolean;
  /** Per-request timeout in milliseconds. */
  readonly requestTimeoutMs?: number;
  readonly onProgress?: (p: import('./live/read.js').ReadProgress) => void;
  /** Where the in-cluster service account is mounted (tests). */
  readonly serviceAccountDir?: string;
}

/** The sources' objects as one inventory; unreadable or malformed input becomes diagnostics. */
export async function loadSources(spec: SourceSpec): Promise<Inventory> {
  const parts: Inventory[] = [];
  if (spec.paths.length > 0) {
    // node bundles and `*.flags` command lines found among the paths are read by their own reader
    const node = new NodeSources();
    const read = readInputs(spec.paths, spec.readStdin, { render: spec.render, claim: node.claim });
    parts.push(loadInventory(read.inputs, read.diagnostics), ...node.load());
  }
  if ((spec.snapshots?.length ?? 0) > 0 || spec.cluster) {
    // loaded only when a cluster or a snapshot is read: the live client is a large library
    const { readSnapshot, clusterInfo } = await import('./snapshot.js');
    const { clusterObjects } = await import('./live/objects.js');
    const fromRead = (read: ClusterRead, origin: string): Inventory => {
      const { objects, diagnostics } = clusterObjects({ items: read.items, resources: read.resources, origin });
      const info = clusterInfo(read);
      // a whole cluster, unless a kind could not be read
      return new Inventory(objects, diagnostics, [], { complete: info.gaps.length === 0, clusters: [info] });
    };
    for (const file of spec.snapshots ?? []) {
      try {
        parts.push(fromRead(readSnapshot(file), file));
      } catch (e) {
        // an unreadable snapshot is bad input like an unreadable file: said, and the rest still read
        if (!(e instanceof InputError)) throw e;
        parts.push(new Inventory([], [{ severity: 'error', code: 'unreadable-file', file, message: e.message.startsWith(file) ? e.message.slice(file.length + 2) : e.message }]));
      }
    }
    if (spec.cluster) {
      const read = await readLiveCluster(spec.cluster);
      parts.push(fromRead(read, read.server));
    }
  }
  return merge(parts);
}

/**
 * Reads a live cluster (what `loadSources` does for `cluster`, and what `rampart snapshot` writes).
 * The client library is imported only here, when a cluster is read.
 */
export async function readLiveCluster(c: LiveSpec): Promise<ClusterRead> {
  const { connect } = await import('./live/kubeconfig.js');
  const { readCluster } = await import('./live/read.js');
  const connection = await connect({ kubeconfig: c.kubeconfig, context: c.context, env: c.env, serviceAccountDir: c.serviceAccountDir });
  return readCluster(connection, {
    namespace: c.namespace,
    includeSecretData: c.includeSecretData,
    onProgress: c.onProgress,
    client: c.requestTimeoutMs !== undefined ? { timeoutMs: c.requestTimeoutMs } : {},
  });
}

/**
 * One inventory from several sources. Copies of one object from different sources are kept, as
 * copies from different files are (see Inventory: the last one wins for analyses); a second copy
 * inside one source was already diagnosed by that source's loader.
 */
function merge(parts: readonly Inventory[]): Inventory {
  if (parts.length === 1) return parts[0];
  return new Inventory(
    parts.flatMap((p) => p.objects),
    parts.flatMap((p) => p.diagnostics),
    parts.flatMap((p) => p.loadingNotes),
    // files are a partial view: with them, the whole is not complete
    { complete: parts.every((p) => p.complete), clusters: parts.flatMap((p) => p.clusters) },
  );
}

/** True when the spec names at least one source. */
export function hasSources(spec: SourceSpec): boolean {
  return spec.paths.length > 0 || (spec.snapshots?.length ?? 0) > 0 || spec.cluster !== undefined;
}
