import { AREAS, severityRank } from '../findings/finding.js';
import { frameworks } from './catalogue.js';
/**
 * Per-control status and scores. The formula (documented in README "Compliance"):
 * - a control's checks are the checks that ran whose references name it;
 * - status: `manual` when no check that ran covers it (or the catalogue marks it manual), `fail`
 *   when one of its checks reported a finding that is not waived, `not-applicable` when the input
 *   held nothing any of its checks examines, else `pass`;
 * - a control weighs as much as its most severe check's default severity (critical 10, high 6,
 *   medium 3, low 1, info 0);
 * - score = 100 × (weight of passing controls) / (weight of passing and failing controls), one
 *   decimal; null when no control passed or failed. Manual and not-applicable controls do not count.
 * An area's score is the same formula over the area's checks, each weighing its own severity.
 */
export const SEVERITY_WEIGHT = { critical: 10, high: 6, medium: 3, low: 1, info: 0 };
export const CONTROL_STATUSES = ['fail', 'pass', 'not-applicable', 'manual'];
function score(pairs) {
    let passed = 0;
    let total = 0;
    for (const { weight, pass } of pairs) {
        total += weight;
        if (pass)
            passed += weight;
    }
    return total === 0 ? null : Math.round((1000 * passed) / total) / 10;
}
/** Findings that count against a control: not waived. */
function counting(findings) {
    const byCheck = new Map();
    for (const f of findings) {
        if (f.waived !== undefined)
            continue;
        byCheck.set(f.checkId, (byCheck.get(f.checkId) ?? 0) + 1);
    }
    return byCheck;
}
export function frameworkResult(framework, runs, findings, version = framework.version) {
    const byCheck = counting(findings);
    const runsByKey = new Map();
    for (const run of runs) {
        if (run.failed)
            continue;
        for (const key of framework.keysOf(run.check.meta.references, run.check.meta.area)) {
            let list = runsByKey.get(key);
            if (!list)
                runsByKey.set(key, (list = []));
            list.push(run);
        }
    }
    const weights = [];
    const controls = framework.controls(version).map((control) => {
        const covering = runsByKey.get(control.key) ?? [];
        const checks = covering.map((r) => r.check.meta.id);
        const found = covering.reduce((n, r) => n + (byCheck.get(r.check.meta.id) ?? 0), 0);
        let status;
        if (covering.length === 0)
            status = 'manual';
        else if (found > 0)
            status = 'fail';
        else if (covering.every((r) => !r.applicable))
            status = 'not-applicable';
        else
            status = 'pass';
        if (status === 'pass' || status === 'fail') {
            const worst = covering.reduce((w, r) => (severityRank(r.check.meta.severity) > severityRank(w) ? r.check.meta.severity : w), 'info');
            weights.push({ weight: SEVERITY_WEIGHT[worst], pass: status === 'pass' });
        }
        return { id: control.id, key: control.key, title: control.title, group: control.group, status, checks, findings: found };
    });
    const counts = { pass: 0, fail: 0, manual: 0, 'not-applicable': 0 };
    for (const c of controls)
        counts[c.status]++;
    return { id: framework.id, title: framework.title, version, score: score(weights), counts, controls };
}
export function areaResults(runs, findings) {
    const byCheck = counting(findings);
    return Object.keys(AREAS).flatMap((area) => {
        const inArea = runs.filter((r) => r.check.meta.area === area && !r.failed);
        if (inArea.length === 0)
            return [];
        const judged = inArea.filter((r) => r.applicable || (byCheck.get(r.check.meta.id) ?? 0) > 0);
        const fail = judged.filter((r) => (byCheck.get(r.check.meta.id) ?? 0) > 0);
        return [
            {
                id: area,
                title: AREAS[area].title,
                score: score(judged.map((r) => ({ weight: SEVERITY_WEIGHT[r.check.meta.severity], pass: (byCheck.get(r.check.meta.id) ?? 0) === 0 }))),
                checks: { pass: judged.length - fail.length, fail: fail.length, notApplicable: inArea.length - judged.length },
                findings: inArea.reduce((n, r) => n + (byCheck.get(r.check.meta.id) ?? 0), 0),
            },
        ];
    });
}
export function compliance(runs, findings, options = {}) {
    const wanted = options.frameworks ?? frameworks().map((f) => f.id).filter((id) => id !== 'rampart');
    return {
        frameworks: frameworks()
            .filter((f) => wanted.includes(f.id))
            .map((f) => frameworkResult(f, runs, findings, options.versions?.[f.id] ?? f.version)),
        areas: areaResults(runs, findings),
    };
}
//# sourceMappingURL=compliance.js.map