import { hash } from 'node:crypto';
import type { ResourceRef } from '../inventory/object.js';
import type { Location } from '../inventory/source.js';
import type { ResolvedReferences } from '../frameworks/references.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse. */
export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}

export function isSeverity(s: string): s is Severity {
  return (SEVERITIES as readonly string[]).includes(s);
}

/**
 * Rampart's areas of coverage (1–10 in the brief), plus the cross-cutting topics that have
 * their own checks.
 */
export const AREAS = {
  'threat-detection': { number: 1, title: 'Threat identification from audit logs' },
  rbac: { number: 2, title: 'RBAC least privilege' },
  'api-server': { number: 3, title: 'API server hardening' },
  kubelet: { number: 4, title: 'Kubelet hardening' },
  network: { number: 5, title: 'Network policies' },
  secrets: { number: 6, title: 'Secrets' },
  'pod-security': { number: 7, title: 'Pod security' },
  runtime: { number: 8, title: 'Runtime monitoring' },
  'supply-chain': { number: 9, title: 'Supply chain' },
  compliance: { number: 10, title: 'Audits and compliance' },
  namespaces: { number: undefined, title: 'Namespaces as boundaries' },
  separation: { number: undefined, title: 'Separation of sensitive workloads' },
  versions: { number: undefined, title: 'Versions, EOL and CVEs' },
  node: { number: undefined, title: 'Node (CIS) checks' },
} as const satisfies Record<string, { number: number | undefined; title: string }>;
export type Area = keyof typeof AREAS;

export type { References } from '../frameworks/references.js';
export { KCSA_DOMAINS, type KcsaDomain } from '../frameworks/kcsa.js';

/** Why a finding is waived: an exception in the configuration, or an annotation on the object. */
export interface Waiver {
  readonly justification: string;
  readonly owner?: string;
  /** ISO date (YYYY-MM-DD) after which the waiver no longer applies. */
  readonly expires?: string;
  /** Where the waiver is written: an exceptions file and line, or the object's annotation. */
  readonly source: { readonly kind: 'exception'; readonly file: string; readonly line?: number } | { readonly kind: 'annotation'; readonly annotation: string };
}

/** The one record every check and analyzer reports. */
export interface Finding {
  readonly checkId: string;
  readonly severity: Severity;
  readonly title: string;
  /** Specific to this finding: names the container, the verb, the port. */
  readonly message: string;
  /** Shared with the findings around it (the namespace's admission verdict): see `Report.context`. */
  readonly context?: string;
  readonly resource: ResourceRef;
  readonly location?: Location;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly remediation: string;
  /** The check's references, CIS resolved to one benchmark version's numbers, and its Rampart area. */
  readonly references: ResolvedReferences & { readonly area: Area };
  readonly fingerprint: string;
  /** Set when an exception or a permitted annotation waives the finding: still shown, never counted. */
  readonly waived?: Waiver;
  /** Set when compared with a baseline report: whether the finding was already there. */
  readonly baseline?: 'new' | 'unchanged';
}

/** The message with its context, for formats that show each finding on its own (SARIF, CSV, JUnit). */
export function fullMessage(f: Pick<Finding, 'message' | 'context'>): string {
  return f.context ? `${f.message} (${f.context})` : f.message;
}

/**
 * Stable across runs and file moves: the check, the resource's identity and a detail key (e.g. the
 * container name), never the file or line.
 */
export function fingerprint(checkId: string, resource: ResourceRef, key: string): string {
  const group = resource.apiVersion.includes('/') ? resource.apiVersion.slice(0, resource.apiVersion.indexOf('/')) : '';
  // the first 8 bytes in hex: a string of its own (a slice of the 64-character hex would keep it alive)
  return hash('sha256', [checkId, group, resource.kind, resource.namespace ?? '', resource.name, key].join('\n'), 'buffer').toString('hex', 0, 8);
}

/** Total order for byte-identical output: severity, then resource, check, position, detail. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    cmp(a.resource.namespace ?? '', b.resource.namespace ?? '') ||
    cmp(a.resource.kind, b.resource.kind) ||
    cmp(a.resource.name, b.resource.name) ||
    cmp(a.checkId, b.checkId) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
