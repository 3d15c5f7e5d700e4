import type { Labels, Requirement } from '../../k8s/label-selector.js';
import type { NetpolModel, PodInfo } from '../../analysis/netpol/model.js';

/** Pods that selectors can see (not node traffic), by namespace. */
export function podsByNamespace(model: NetpolModel): Map<string, PodInfo[]> {
  const out = new Map<string, PodInfo[]>();
  for (const p of model.pods) {
    if (model.isNodeTraffic(p)) continue;
    let list = out.get(p.namespace);
    if (!list) out.set(p.namespace, (list = []));
    list.push(p);
  }
  return out;
}

/** Levenshtein distance, for spotting label typos. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}

/** Labels that exist on `candidates` and are one or two edits away from an equality requirement: `app=admin-dashboard` for `app=admin-dashbord`. */
export function nearMisses(requirements: readonly Requirement[], candidates: readonly Labels[]): string[] {
  const out = new Set<string>();
  for (const r of requirements) {
    if (r.operator !== 'In' || r.values.length !== 1) continue;
    const wanted = `${r.key}=${r.values[0]}`;
    for (const labels of candidates) {
      for (const [k, v] of Object.entries(labels)) {
        const have = `${k}=${v}`;
        if (have !== wanted && distance(have, wanted) <= Math.max(2, Math.floor(wanted.length / 8))) out.add(have);
      }
    }
  }
  return [...out].sort().slice(0, 3);
}
