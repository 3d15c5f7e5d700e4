import type { KubernetesObject } from '../../k8s/types.js';
import { isRecord } from '../../k8s/types.js';
import type { CoverageGap, ServerVersion } from '../coverage.js';
import { KubeClient, type ClientOptions } from './client.js';
import { apiVersionOf, collectionPath, discover, type ServedResource } from './discovery.js';
import { HttpStatusError, TransportError } from './errors.js';
import { CLUSTER_KINDS, type WantedKind } from './kinds.js';
import type { ClusterConnection } from './kubeconfig.js';

/** Everything one read of a cluster saw: what a snapshot holds. */
export interface ClusterRead {
  readonly server: string;
  readonly context: string;
  readonly version?: ServerVersion;
  readonly readAt: string;
  readonly namespace?: string;
  /** True when Secret values were read; a snapshot never holds them. */
  readonly secretData: boolean;
  /** Each kind that was listed (or refused), in a fixed order. */
  readonly resources: readonly ResourceRead[];
  /** The objects, with apiVersion and kind, in the order of `resources`. */
  readonly items: readonly KubernetesObject[];
}

export interface ResourceRead {
  readonly apiVersion: string;
  readonly kind: string;
  readonly resource: string;
  readonly namespaced: boolean;
  readonly status: 'read' | 'forbidden' | 'failed';
  readonly objects: number;
  readonly message?: string;
}

export interface ReadProgress {
  /** The API server being read. */
  readonly server: string;
  readonly kindsDone: number;
  readonly kindsTotal: number;
  readonly objects: number;
  readonly bytes: number;
}

export interface ReadOptions {
  /** List namespaced kinds in this namespace only (`-n`); cluster-scoped kinds are still listed. */
  readonly namespace?: string;
  /** Read Secret values (`--include-secret-data`); otherwise only their metadata is asked for. */
  readonly includeSecretData?: boolean;
  /** Objects per page (`limit`), as kubectl's --chunk-size. */
  readonly pageSize?: number;
  /** Kinds listed at the same time. */
  readonly concurrency?: number;
  /** Times a list whose continue token expired (410) is started again. */
  readonly maxRestarts?: number;
  readonly client?: Partial<ClientOptions>;
  readonly kinds?: readonly WantedKind[];
  readonly onProgress?: (p: ReadProgress) => void;
  /** The time stamp to record; the clock by default. */
  readonly now?: () => Date;
}

const PARTIAL_METADATA = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1, application/json';

/**
 * Reads a cluster: its version, the API resources it offers, then every wanted kind across all
 * namespaces (or one), page by page (`limit`/`continue`), a few kinds at a time. A 403 on a kind is
 * a coverage gap, not the end of the read; so is a kind that still fails after the client's
 * retries. A list whose continue token expired (410 Gone) is started again from the beginning, as
 * client-go's pager does when it cannot continue consistently.
 */
export async function readCluster(connection: ClusterConnection, options: ReadOptions = {}): Promise<ClusterRead> {
  const client = new KubeClient(connection, { ...options.client, maxSockets: options.concurrency ?? options.client?.maxSockets ?? 4 });
  try {
    const readAt = (options.now ?? (() => new Date()))().toISOString();
    let version: ServerVersion | undefined;
    try {
      version = toVersion(await client.getJson('/version'));
    } catch (e) {
      if (!(e instanceof HttpStatusError)) throw e;
      // /version is public by default (system:public-info-viewer); a cluster may lock it down
    }
    const wanted = options.kinds ?? CLUSTER_KINDS;
    const served = await discover(client, wanted);
    const plan = wanted.map((w) => served.get(`${w.group}/${w.kind}`)).filter((r): r is ServedResource => r !== undefined);
    const results: { read: ResourceRead; items: KubernetesObject[] }[] = new Array(plan.length);
    const progress = { kindsDone: 0, kindsTotal: plan.length, objects: 0, bytes: 0 };
    const report = (): void => options.onProgress?.({ ...progress, server: connection.server, bytes: client.stats.bytes });
    report();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < plan.length) {
        const i = next++;
        results[i] = await listResource(client, plan[i], options, (n) => {
          progress.objects += n;
          report();
        });
        progress.kindsDone++;
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, plan.length)) }, worker));
    return {
      server: connection.server,
      context: connection.context,
      version,
      readAt,
      namespace: options.namespace,
      secretData: options.includeSecretData === true,
      resources: results.map((r) => r.read),
      items: results.flatMap((r) => r.items),
    };
  } finally {
    client.close();
  }
}

async function listResource(client: KubeClient, r: ServedResource, options: ReadOptions, onItems: (n: number) => void): Promise<{ read: ResourceRead; items: KubernetesObject[] }> {
  const apiVersion = apiVersionOf(r);
  const base = { apiVersion, kind: r.kind, resource: r.resource, namespaced: r.namespaced };
  const secretData = options.includeSecretData === true;
  const accept = r.group === '' && r.kind === 'Secret' && !secretData ? PARTIAL_METADATA : 'application/json';
  const limit = options.pageSize ?? 500;
  const maxRestarts = options.maxRestarts ?? 3;
  let items: KubernetesObject[] = [];
  let counted = 0;
  try {
    if (r.group === '' && r.kind === 'Namespace' && options.namespace !== undefined) {
      // -n: the one Namespace, which a namespace's own RoleBinding may allow getting where listing all is not
      try {
        items.push(normalize(await client.getJson(`${collectionPath(r)}/${encodeURIComponent(options.namespace)}`), apiVersion, r.kind, secretData));
      } catch (e) {
        if (!(e instanceof HttpStatusError && e.status === 404)) throw e;
      }
      onItems(items.length);
      return { read: { ...base, status: 'read', objects: items.length }, items };
    }
    const path = collectionPath(r, options.namespace);
    for (let restarts = 0; ; ) {
      let token: string | undefined;
      try {
        do {
          const query = `?limit=${limit}${token ? `&continue=${encodeURIComponent(token)}` : ''}`;
          const page = await client.getJson<{ items?: unknown[]; metadata?: { continue?: string } }>(path + query, accept);
          for (const item of page.items ?? []) if (isRecord(item)) items.push(normalize(item, apiVersion, r.kind, secretData));
          onItems(items.length - counted);
          counted = items.length;
          token = page.metadata?.continue || undefined;
        } while (token);
        break;
      } catch (e) {
        if (!(e instanceof HttpStatusError && e.status === 410 && token !== undefined) || restarts >= maxRestarts) throw e;
        restarts++;
        onItems(-items.length);
        items = [];
        counted = 0;
      }
    }
    return { read: { ...base, status: 'read', objects: items.length }, items };
  } catch (e) {
    onItems(-counted);
    if (e instanceof HttpStatusError) {
      const status = e.status === 403 ? 'forbidden' : 'failed';
      return { read: { ...base, status, objects: 0, message: `${e.status}${e.reason ? ` ${e.reason}` : ''}: ${e.detail}` }, items: [] };
    }
    if (e instanceof TransportError) return { read: { ...base, status: 'failed', objects: 0, message: e.reason }, items: [] };
    throw e;
  }
}

/**
 * An item as `kubectl get -o json` prints it: with apiVersion and kind (list items omit them), and
 * without managedFields (hidden by kubectl since 1.21). A Secret keeps only its metadata and type
 * unless its values were asked for, and loses the last-applied annotation, which holds the values.
 */
export function normalize(item: Record<string, unknown>, apiVersion: string, kind: string, secretData: boolean): KubernetesObject {
  const metadata = isRecord(item.metadata) ? { ...item.metadata } : {};
  delete metadata.managedFields;
  if (kind === 'Secret' && apiVersion === 'v1' && !secretData) return { apiVersion, kind, metadata: withoutSecretValues(metadata), ...(typeof item.type === 'string' ? { type: item.type } : {}) } as unknown as KubernetesObject;
  const { apiVersion: _a, kind: _k, metadata: _m, ...rest } = item;
  return { apiVersion, kind, metadata, ...rest } as unknown as KubernetesObject;
}

/** Secret metadata without `kubectl.kubernetes.io/last-applied-configuration`, which repeats the data. */
export function withoutSecretValues(metadata: Record<string, unknown>): Record<string, unknown> {
  if (!isRecord(metadata.annotations) || !('kubectl.kubernetes.io/last-applied-configuration' in metadata.annotations)) return metadata;
  const { ['kubectl.kubernetes.io/last-applied-configuration']: _dropped, ...annotations } = metadata.annotations;
  return { ...metadata, annotations };
}

function toVersion(v: unknown): ServerVersion | undefined {
  if (!isRecord(v) || typeof v.gitVersion !== 'string') return undefined;
  return { major: String(v.major ?? ''), minor: String(v.minor ?? ''), gitVersion: v.gitVersion, ...(typeof v.platform === 'string' ? { platform: v.platform } : {}) };
}

/** The gaps of a read: kinds refused or failed. */
export function gapsOf(read: Pick<ClusterRead, 'resources' | 'namespace'>): CoverageGap[] {
  return read.resources
    .filter((r) => r.status !== 'read')
    .map((r) => ({
      apiVersion: r.apiVersion,
      kind: r.kind,
      resource: r.resource,
      ...(r.namespaced && read.namespace !== undefined ? { namespace: read.namespace } : {}),
      reason: r.status as CoverageGap['reason'],
      message: r.message ?? '',
    }));
}
