import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Finding } from '../findings/finding.js';
import { isRecord } from '../k8s/types.js';
import { FileError } from './yaml-file.js';

/** A finding of an earlier report, as its JSON output wrote it. */
export interface BaselineFinding {
  readonly fingerprint: string;
  readonly checkId: string;
  readonly severity: string;
  readonly message: string;
  readonly resource: { readonly apiVersion?: string; readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly location?: { readonly file: string; readonly line: number };
}

/**
 * Reads an earlier `rampart scan -o json` output (plain or gzipped). Only the fields a comparison
 * needs are read, so reports of older schema versions work too.
 */
export function readBaseline(file: string): BaselineFinding[] {
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot read: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new FileError(file, undefined, `not a Rampart JSON report: ${(e as Error).message}`);
  }
  if (!isRecord(doc) || !Array.isArray(doc.findings)) throw new FileError(file, undefined, 'not a Rampart JSON report (rampart scan -o json): no "findings" list');
  return doc.findings.filter((f): f is BaselineFinding => isRecord(f) && typeof f.fingerprint === 'string' && typeof f.checkId === 'string' && isRecord(f.resource));
}

/**
 * Marks each finding new or unchanged against the baseline (by fingerprint, which survives file
 * moves and line shifts) and lists the baseline's findings that are gone: fixed.
 */
export function compareWithBaseline(findings: readonly Finding[], baseline: readonly BaselineFinding[]): { findings: Finding[]; fixed: BaselineFinding[] } {
  const before = new Set(baseline.map((f) => f.fingerprint));
  const now = new Set(findings.map((f) => f.fingerprint));
  return {
    findings: findings.map((f) => ({ ...f, baseline: before.has(f.fingerprint) ? 'unchanged' : 'new' })),
    fixed: baseline.filter((f) => !now.has(f.fingerprint)),
  };
}
