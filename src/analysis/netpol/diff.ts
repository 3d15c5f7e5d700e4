/**
 * What a change to manifests opens and closes: the workload-level maps before and after, split at
 * the union of both sides' ipBlock boundaries so that external ranges line up, compared pair by
 * pair and port by port.
 */
import type { IpSet } from './ip.js';
import type { NetworkAnalysis } from './index.js';
import { endpointKey, WorkloadMap, type Connection, type MapOptions } from './map.js';
import { ConnSet } from './ports.js';

export interface MapDiff {
  /** Connections allowed after and not before, with only the newly allowed ports. */
  readonly opened: readonly Connection[];
  /** Connections allowed before and not after, with only the ports no longer allowed. */
  readonly closed: readonly Connection[];
}

function ipBlocks(a: NetworkAnalysis): IpSet[] {
  return a.model.rules.flatMap((r) => (r.peers ?? []).flatMap((p) => (p.kind === 'ip' ? [p.set] : [])));
}

export function diffMaps(before: NetworkAnalysis, after: NetworkAnalysis, options: MapOptions = {}): MapDiff {
  const boundaries = [...ipBlocks(before), ...ipBlocks(after), ...(options.boundaries ?? [])];
  const index = (a: NetworkAnalysis) => {
    const out = new Map<string, Connection>();
    for (const c of new WorkloadMap(a.engine, { ...options, boundaries }).connections()) out.set(`${endpointKey(c.src)}\0${endpointKey(c.dst)}`, c);
    return out;
  };
  const was = index(before);
  const now = index(after);
  const opened: Connection[] = [];
  const closed: Connection[] = [];
  for (const [key, c] of now) {
    const extra = c.conn.subtract(was.get(key)?.conn ?? ConnSet.NONE);
    if (!extra.isEmpty()) opened.push({ ...c, conn: extra });
  }
  for (const [key, c] of was) {
    const gone = c.conn.subtract(now.get(key)?.conn ?? ConnSet.NONE);
    if (!gone.isEmpty()) closed.push({ ...c, conn: gone });
  }
  return { opened, closed };
}
