import cvss from 'ae-cvss-calculator';
import type { Severity } from '../../../findings/finding.js';

/** How severe a vulnerability is, and where that came from. */
export interface VulnerabilitySeverity {
  readonly level: Severity;
  /** CVSS base score, when the level came from a vector. */
  readonly score?: number;
  readonly vector?: string;
  /** `CVSS_V3`, `CVSS_V4`, `CVSS_V2`, `Ubuntu` (priority), `database` (the advisory's own rating) or `none`. */
  readonly source: string;
}

/** The base metrics each CVSS version's vector must carry for a base score. */
const BASE_METRICS: Readonly<Record<string, readonly string[]>> = {
  '2': ['AV', 'AC', 'Au', 'C', 'I', 'A'],
  '3': ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'],
  '4': ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA'],
};

/**
 * The base score of a CVSS vector (v2, v3.0, v3.1 or v4.0), computed with the FIRST.org formulas
 * (`ae-cvss-calculator`); undefined when the vector is incomplete or malformed.
 */
const scores = new Map<string, { score: number; version: '2' | '3' | '4' } | undefined>();

export function cvssBaseScore(vector: string): { score: number; version: '2' | '3' | '4' } | undefined {
  // advisories share a few thousand distinct vectors: compute each once per process
  if (scores.has(vector)) return scores.get(vector);
  const result = computeBaseScore(vector);
  if (scores.size < 100_000) scores.set(vector, result);
  return result;
}

function computeBaseScore(vector: string): { score: number; version: '2' | '3' | '4' } | undefined {
  const v = vector.trim();
  const version = v.startsWith('CVSS:4.0/') ? '4' : v.startsWith('CVSS:3.1/') || v.startsWith('CVSS:3.0/') ? '3' : /^(AV|\(AV):/.test(v) ? '2' : undefined;
  if (version === undefined) return undefined;
  const body = v.replace(/^CVSS:\d\.\d\//, '').replace(/^\((.*)\)$/, '$1');
  const metrics = new Map(body.split('/').map((part) => part.split(':') as [string, string]));
  if (BASE_METRICS[version].some((m) => !metrics.get(m))) return undefined;
  try {
    const calc = version === '4' ? new cvss.Cvss4P0(v) : version === '3' ? (v.startsWith('CVSS:3.0/') ? new cvss.Cvss3P0(v) : new cvss.Cvss3P1(v)) : new cvss.Cvss2(body);
    const score = calc.calculateScores().base;
    return typeof score === 'number' && Number.isFinite(score) ? { score, version } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Qualitative rating of a base score: the CVSS v3/v4 specification's table (none 0, low 0.1-3.9,
 * medium 4.0-6.9, high 7.0-8.9, critical 9.0-10.0); v2 (NVD) has no critical: 7.0-10.0 is high.
 * "None" becomes Rampart's info.
 */
export function ratingOf(score: number, version: '2' | '3' | '4'): Severity {
  if (score === 0) return 'info';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9 || version === '2') return 'high';
  return 'critical';
}

const WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  high: 'high',
  important: 'high',
  moderate: 'medium',
  medium: 'medium',
  low: 'low',
  negligible: 'info',
  unimportant: 'info',
  none: 'info',
};

/**
 * The severity of an OSV record (or of one of its `affected` entries): a CVSS vector when there
 * is one (v3 first, the version most advisories score with, then v4, then v2), else Ubuntu's
 * priority, else the database's own word (`database_specific.severity`, as GitHub advisories write
 * it). Undefined when the record says nothing.
 */
export function osvSeverity(severity: unknown, databaseSpecific?: unknown): VulnerabilitySeverity | undefined {
  const entries = Array.isArray(severity) ? severity.filter((s): s is { type: string; score: string } => typeof s?.type === 'string' && typeof s?.score === 'string') : [];
  for (const type of ['CVSS_V3', 'CVSS_V4', 'CVSS_V2']) {
    for (const e of entries) {
      if (e.type !== type) continue;
      const base = cvssBaseScore(e.score);
      if (base) return { level: ratingOf(base.score, base.version), score: base.score, vector: e.score, source: type };
    }
  }
  const ubuntu = entries.find((e) => e.type === 'Ubuntu');
  if (ubuntu && WORDS[ubuntu.score.toLowerCase()]) return { level: WORDS[ubuntu.score.toLowerCase()], source: 'Ubuntu' };
  const word = (databaseSpecific as { severity?: unknown } | undefined)?.severity;
  if (typeof word === 'string' && WORDS[word.toLowerCase()]) return { level: WORDS[word.toLowerCase()], source: 'database' };
  return undefined;
}
