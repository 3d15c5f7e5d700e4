import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { isRecord } from '../k8s/types.js';
import { FileError } from './yaml-file.js';
/**
 * Reads an earlier `rampart scan -o json` output (plain or gzipped). Only the fields a comparison
 * needs are read, so reports of older schema versions work too.
 */
export function readBaseline(file) {
    let text;
    try {
        const bytes = readFileSync(file);
        text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    }
    catch (e) {
        const code = e.code;
        throw new FileError(file, undefined, code === 'ENOENT' ? 'no such file' : `cannot read: ${e.message}`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new FileError(file, undefined, `not a Rampart JSON report: ${e.message}`);
    }
    if (!isRecord(doc) || !Array.isArray(doc.findings))
        throw new FileError(file, undefined, 'not a Rampart JSON report (rampart scan -o json): no "findings" list');
    return doc.findings.filter((f) => isRecord(f) && typeof f.fingerprint === 'string' && typeof f.checkId === 'string' && isRecord(f.resource));
}
/**
 * Marks each finding new or unchanged against the baseline (by fingerprint, which survives file
 * moves and line shifts) and lists the baseline's findings that are gone: fixed.
 */
export function compareWithBaseline(findings, baseline) {
    const before = new Set(baseline.map((f) => f.fingerprint));
    const now = new Set(findings.map((f) => f.fingerprint));
    return {
        findings: findings.map((f) => ({ ...f, baseline: before.has(f.fingerprint) ? 'unchanged' : 'new' })),
        fixed: baseline.filter((f) => !now.has(f.fingerprint)),
    };
}
//# sourceMappingURL=baseline.js.map