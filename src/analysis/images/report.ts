// `rampart images`: every image the inventory runs, with its workloads, whether it is pinned,
// its signature status and its known vulnerabilities, aggregated per workload and per namespace.
import type { ResourceRef } from '../../inventory/object.js';
import type { Inventory } from '../../inventory/inventory.js';
import type { Severity } from '../../findings/finding.js';
import { severityRank } from '../../findings/finding.js';
import { effectiveTag } from './container.js';
import { supplyChainData, type SignatureState, type SupplyChainData, type SupplyChainEvidence } from './evidence.js';
import { imageEvidence, type ImageEvidence } from './supply-chain.js';
import { imageUsage } from './usage.js';
import type { Vulnerability } from './vulnerabilities/match.js';

export type VulnerabilityCounts = Record<Severity | 'unknown', number> & { total: number; fixable: number };

export interface ImageRow {
  /** The normalized reference, e.g. `docker.io/library/nginx:1.27`. */
  readonly image: string;
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
  /** `pinned` (a digest), `tag`, or `latest` (`:latest` or no tag). */
  readonly digestStatus: 'pinned' | 'tag' | 'latest';
  readonly signature: { readonly status: SignatureState; readonly key?: string; readonly reasons: readonly string[] };
  /** SBOMs that describe it; null when none was given for it (or none at all). */
  readonly sbom: { readonly files: readonly string[]; readonly matchedBy: 'digest' | 'tag' } | null;
  /** Null when its vulnerabilities are not known (no SBOM, or no OSV data). */
  readonly vulnerabilities: VulnerabilityCounts | null;
  /** The worst vulnerabilities, for the report (at most 5). */
  readonly top: readonly { readonly id: string; readonly severity: Severity | 'unknown'; readonly package: string; readonly installed: string; readonly fixed: string | null }[];
  readonly workloads: readonly { readonly resource: ResourceRef; readonly containers: readonly string[] }[];
}

export interface WorkloadRow {
  readonly resource: ResourceRef;
  readonly images: number;
  readonly unsigned: number;
  readonly vulnerabilities: VulnerabilityCounts | null;
}

export interface NamespaceRow {
  readonly namespace: string;
  readonly workloads: number;
  readonly images: number;
  readonly unsigned: number;
  readonly vulnerabilities: VulnerabilityCounts | null;
}

export interface ImagesReport {
  readonly images: readonly ImageRow[];
  readonly workloads: readonly WorkloadRow[];
  readonly namespaces: readonly NamespaceRow[];
  readonly data: SupplyChainData;
}

const SEVERITY_KEYS = ['critical', 'high', 'medium', 'low', 'info', 'unknown'] as const;

function emptyCounts(): VulnerabilityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0, unknown: 0, total: 0, fixable: 0 };
}

function count(vulns: readonly Vulnerability[]): VulnerabilityCounts {
  const c = emptyCounts();
  for (const v of vulns) {
    c[v.severity?.level ?? 'unknown']++;
    c.total++;
    if (v.fixed !== undefined) c.fixable++;
  }
  return c;
}

function add(into: VulnerabilityCounts, from: VulnerabilityCounts): void {
  for (const k of SEVERITY_KEYS) into[k] += from[k];
  into.total += from.total;
  into.fixable += from.fixable;
}

const rank = (s: Severity | 'unknown') => (s === 'unknown' ? 2.5 : severityRank(s));

function refKey(r: ResourceRef): string {
  return `${r.kind}\0${r.namespace ?? ''}\0${r.name}`;
}

const UNSIGNED: readonly SignatureState[] = ['unsigned', 'invalid', 'untrusted', 'not-pinned'];

/** The images report of an inventory; `namespace` limits it to the workloads of one namespace. */
export function imagesReport(inventory: Inventory, evidence: SupplyChainEvidence | undefined, namespace?: string): ImagesReport {
  const rows = evidence ? imageEvidence(inventory, evidence) : imageUsage(inventory).uses.map((use): ImageEvidence => ({ use, signature: 'not-checked', verdicts: [], sboms: [] }));
  const byImage = new Map<string, { first: ImageEvidence; workloads: Map<string, { resource: ResourceRef; containers: string[] }> }>();
  const byWorkload = new Map<string, { resource: ResourceRef; images: Map<string, ImageEvidence> }>();
  for (const e of rows) {
    if (namespace !== undefined && e.use.pod.namespace !== namespace) continue;
    const key = e.use.reference.normalized;
    let image = byImage.get(key);
    if (!image) byImage.set(key, (image = { first: e, workloads: new Map() }));
    const resource = e.use.pod.owner.ref;
    let w = image.workloads.get(refKey(resource));
    if (!w) image.workloads.set(refKey(resource), (w = { resource, containers: [] }));
    w.containers.push(e.use.container.name);
    let workload = byWorkload.get(refKey(resource));
    if (!workload) byWorkload.set(refKey(resource), (workload = { resource, images: new Map() }));
    workload.images.set(key, e);
  }
  const vulnsKnown = evidence?.vulnerabilities?.osv !== undefined;
  const countsOf = (e: ImageEvidence) => (vulnsKnown && e.vulnerabilities ? count(e.vulnerabilities) : null);
  const images: ImageRow[] = [...byImage.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { first: e, workloads }]) => {
      const ref = e.use.reference;
      const verified = e.verdicts.find((v) => v.status === 'verified');
      const top = [...(e.vulnerabilities ?? [])]
        .sort((a, b) => rank(b.severity?.level ?? 'unknown') - rank(a.severity?.level ?? 'unknown') || (a.id < b.id ? -1 : 1))
        .slice(0, 5)
        .map((v) => ({ id: v.id, severity: v.severity?.level ?? ('unknown' as const), package: v.package.name, installed: v.package.version, fixed: v.fixed ?? null }));
      return {
        image: key,
        registry: ref.registry,
        repository: ref.name,
        ...(ref.tag !== undefined && { tag: ref.tag }),
        ...(ref.digest !== undefined && { digest: ref.digest }),
        digestStatus: ref.digest !== undefined ? 'pinned' : effectiveTag(ref) === 'latest' ? 'latest' : 'tag',
        signature: { status: e.signature, ...(verified?.key !== undefined && { key: verified.key }), reasons: e.signature === 'verified' ? [] : [...new Set(e.verdicts.map((v) => v.reason))] },
        sbom: e.sboms.length > 0 ? { files: e.sboms.map((s) => s.sbom.file), matchedBy: e.sbomMatchedBy ?? 'tag' } : null,
        vulnerabilities: countsOf(e),
        top,
        workloads: [...workloads.values()].sort((a, b) => (refKey(a.resource) < refKey(b.resource) ? -1 : 1)),
      };
    });
  const workloads: WorkloadRow[] = [...byWorkload.values()]
    .sort((a, b) => (refKey(a.resource) < refKey(b.resource) ? -1 : 1))
    .map(({ resource, images: imgs }) => {
      let counts: VulnerabilityCounts | null = null;
      for (const e of imgs.values()) {
        const c = countsOf(e);
        if (c) add((counts ??= emptyCounts()), c);
      }
      return { resource, images: imgs.size, unsigned: [...imgs.values()].filter((e) => UNSIGNED.includes(e.signature)).length, vulnerabilities: counts };
    });
  const byNamespace = new Map<string, { workloads: number; images: Set<string>; unsigned: Set<string>; counts: VulnerabilityCounts | null }>();
  for (const w of byWorkload.values()) {
    const ns = w.resource.namespace ?? '';
    let n = byNamespace.get(ns);
    if (!n) byNamespace.set(ns, (n = { workloads: 0, images: new Set(), unsigned: new Set(), counts: null }));
    n.workloads++;
    for (const [key, e] of w.images) {
      if (n.images.has(key)) continue; // an image counts once per namespace, however many workloads run it
      n.images.add(key);
      if (UNSIGNED.includes(e.signature)) n.unsigned.add(key);
      const c = countsOf(e);
      if (c) add((n.counts ??= emptyCounts()), c);
    }
  }
  const namespaces: NamespaceRow[] = [...byNamespace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ns, n]) => ({ namespace: ns, workloads: n.workloads, images: n.images.size, unsigned: n.unsigned.size, vulnerabilities: n.counts }));
  return {
    images,
    workloads,
    namespaces,
    data: supplyChainData(evidence),
  };
}
