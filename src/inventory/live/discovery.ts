import type { KubeClient } from './client.js';
import { HttpStatusError } from './errors.js';
import type { WantedKind } from './kinds.js';

/** One resource the server offers, as discovery describes it. */
export interface ServedResource {
  readonly group: string;
  readonly version: string;
  /** The plural resource name in URLs, e.g. `deployments`. */
  readonly resource: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly verbs: readonly string[];
}

interface APIResourceList {
  readonly groupVersion?: string;
  readonly resources?: readonly { name: string; kind: string; namespaced: boolean; verbs?: string[] }[];
}

interface APIGroupList {
  readonly groups?: readonly { name: string; versions: { groupVersion: string; version: string }[]; preferredVersion?: { version: string } }[];
}

/**
 * Finds where the server serves each wanted kind: its preferred version of the group when that
 * version has the kind, else the first other version that does (PodSecurityPolicy lived only in
 * policy/v1beta1). Only the groups Rampart needs are asked about, so a broken aggregated API
 * (metrics.k8s.io down) does not matter. Kinds the server does not offer are simply absent.
 */
export async function discover(client: KubeClient, wanted: readonly WantedKind[]): Promise<Map<string, ServedResource>> {
  const found = new Map<string, ServedResource>();
  const groups = new Map<string, string[]>();
  const core = await client.getJson<{ versions?: string[] }>('/api');
  groups.set('', core.versions?.includes('v1') ? ['v1'] : (core.versions ?? []));
  const named = await client.getJson<APIGroupList>('/apis');
  for (const g of named.groups ?? []) {
    const preferred = g.preferredVersion?.version;
    const versions = g.versions.map((v) => v.version);
    groups.set(g.name, preferred ? [preferred, ...versions.filter((v) => v !== preferred)] : versions);
  }
  const byGroup = new Map<string, Set<string>>();
  for (const w of wanted) {
    if (!groups.has(w.group)) continue;
    let kinds = byGroup.get(w.group);
    if (!kinds) byGroup.set(w.group, (kinds = new Set()));
    kinds.add(w.kind);
  }
  await Promise.all(
    [...byGroup].map(async ([group, kinds]) => {
      for (const version of groups.get(group) ?? []) {
        const missing = [...kinds].filter((k) => !found.has(key(group, k)));
        if (missing.length === 0) break;
        const path = group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
        let list: APIResourceList;
        try {
          list = await client.getJson<APIResourceList>(path);
        } catch (e) {
          // a group version that vanished between the two requests, or is broken: try the next one
          if (e instanceof HttpStatusError) continue;
          throw e;
        }
        for (const r of list.resources ?? []) {
          if (r.name.includes('/') || !missing.includes(r.kind)) continue;
          if (!(r.verbs ?? []).includes('list')) continue;
          found.set(key(group, r.kind), { group, version, resource: r.name, kind: r.kind, namespaced: r.namespaced, verbs: r.verbs ?? [] });
        }
      }
    }),
  );
  return found;
}

export function key(group: string, kind: string): string {
  return `${group}/${kind}`;
}

export function apiVersionOf(r: { group: string; version: string }): string {
  return r.group === '' ? r.version : `${r.group}/${r.version}`;
}

/** The collection URL: `/apis/apps/v1/namespaces/shop/deployments`, or all namespaces without one. */
export function collectionPath(r: ServedResource, namespace?: string): string {
  const base = r.group === '' ? `/api/${r.version}` : `/apis/${r.group}/${r.version}`;
  return r.namespaced && namespace !== undefined ? `${base}/namespaces/${encodeURIComponent(namespace)}/${r.resource}` : `${base}/${r.resource}`;
}
