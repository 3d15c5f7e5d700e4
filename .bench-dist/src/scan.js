import picomatch from 'picomatch';
import { ALL_CHECKS } from './checks/registry.js';
import { DEFAULT_CONFIG } from './config.js';
import { compareFindings, fingerprint, severityRank, SEVERITIES } from './findings/finding.js';
import { untouchedSystemObjects } from './analysis/system-objects.js';
import { resolveOptions } from './checks/options.js';
import { settingsFor } from './checks/settings.js';
import { resolveReferences } from './frameworks/references.js';
import { LATEST_CIS_VERSION } from './frameworks/cis/types.js';
import { applyWaivers, todayUtc } from './policy/exceptions.js';
import { InventoryObject as LoadedObject } from './inventory/object.js';
/**
 * Version of the JSON output contract; the major part changes on any breaking change (README, "JSON
 * output"). 2.0: check metadata once in a top-level `checks` map instead of on every finding.
 */
export const SCHEMA_VERSION = '2.0';
/** Picks checks by id or glob (`workload.*`); an unmatched pattern is the caller's usage error. */
export function selectChecks(registry, include, exclude) {
    const unmatched = [];
    const matcher = (patterns) => {
        const ms = patterns.map((p) => ({ p, m: picomatch(p, { dot: true }) }));
        for (const { p, m } of ms)
            if (!registry.some((c) => m(c.meta.id)))
                unmatched.push(p);
        return (id) => ms.some(({ m }) => m(id));
    };
    const inc = include?.length ? matcher(include) : () => true;
    const exc = exclude?.length ? matcher(exclude) : () => false;
    return { checks: registry.filter((c) => inc(c.meta.id) && !exc(c.meta.id)), unmatched };
}
export function scan(inventory, options = {}) {
    const config = options.config ?? DEFAULT_CONFIG;
    const selected = selectChecks(options.registry ?? ALL_CHECKS, options.checks, options.skipChecks).checks;
    const checks = selected.filter((c) => settingsFor(config, c.meta.id).enabled !== false);
    const resolve = { cisVersion: config.cisVersion ?? LATEST_CIS_VERSION };
    const runs = [];
    const minRank = options.minSeverity ? severityRank(options.minSeverity) : 0;
    let findings = [];
    const failures = [];
    // Positions are resolved after all checks ran, one parse per object that has findings.
    // with coverage gaps, note which kinds each check reads, to name the checks a gap affected
    const gaps = inventory.gaps;
    const kindsRead = new Map();
    // objects Kubernetes created itself, unchanged, are not the user's mistakes
    const system = inventory.analysis(untouchedSystemObjects, undefined);
    const pointersByObject = new Map();
    const located = new Map();
    const runCheck = (check, policy) => {
        const { meta } = check;
        const settings = settingsFor(config, meta.id);
        const references = { ...resolveReferences(meta.references, resolve), area: meta.area };
        const seen = new Set();
        let reported = 0;
        const ctx = {
            inventory,
            config,
            options: resolveOptions(meta.options, settings.options),
            ...policy,
            report(r) {
                if (r.object instanceof LoadedObject && system.has(r.object))
                    return;
                const severity = settings.severity ?? r.severity ?? meta.severity;
                reported++;
                if (severityRank(severity) < minRank)
                    return;
                const pointer = r.pointer ?? '';
                const loaded = r.object instanceof LoadedObject ? r.object : undefined;
                // copies of one identity in several files are findings of their own
                const copy = loaded ? inventory.copyDiscriminator(loaded) : '';
                const fp = fingerprint(meta.id, r.object.ref, copy === '' ? (r.key ?? pointer) : `${r.key ?? pointer}\n${copy}`);
                if (seen.has(fp))
                    return; // one finding per check, resource and detail
                seen.add(fp);
                const finding = {
                    checkId: meta.id,
                    severity,
                    title: meta.title,
                    message: r.message,
                    context: r.context,
                    resource: r.object.ref,
                    evidence: r.evidence ?? {},
                    remediation: r.remediation ?? meta.remediation,
                    references,
                    fingerprint: fp,
                };
                findings.push(finding);
                if (loaded) {
                    let pending = pointersByObject.get(loaded);
                    if (!pending)
                        pointersByObject.set(loaded, (pending = []));
                    pending.push({ finding, pointer });
                }
                else if ('location' in r.object && r.object.location)
                    located.set(finding, r.object.location);
            },
        };
        let failed = false;
        try {
            if (gaps.length > 0)
                kindsRead.set(meta.id, inventory.recordReads(() => check.run(ctx)).kinds);
            else
                check.run(ctx);
        }
        catch (e) {
            failed = true;
            // A bug in one check must not cost the user every other check's findings.
            failures.push({ severity: 'error', code: 'check-failed', file: `<check ${meta.id}>`, message: `check ${meta.id} failed and its findings are incomplete (a Rampart bug, please report it): ${e instanceof Error ? e.message : String(e)}` });
        }
        runs.push({ check, references, applicable: reported > 0 || (check.applies?.(inventory) ?? true), findings: reported, failed });
    };
    // findings are this function's own fresh records until it returns: positions are set in place
    const resolvePositions = () => {
        for (const [object, pending] of pointersByObject) {
            const locations = object.locateAll(pending.map((p) => p.pointer));
            pending.forEach((p, i) => (p.finding.location = locations[i]));
        }
        pointersByObject.clear();
        for (const [f, location] of located)
            f.location = location;
        located.clear();
    };
    for (const check of checks)
        if (check.phase !== 'policy')
            runCheck(check);
    resolvePositions();
    const waived = applyWaivers(findings, inventory, { exceptions: config.exceptions ?? [], annotations: config.annotationWaivers === true, today: config.today ?? todayUtc() });
    findings = waived.findings;
    for (const check of checks)
        if (check.phase === 'policy')
            runCheck(check, { waivers: waived.waivers, findings: [...findings] });
    resolvePositions();
    findings.sort(compareFindings);
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        bySeverity[f.severity]++;
    const coverage = inventory.clusters.length === 0
        ? undefined
        : {
            secretData: inventory.clusters.every((c) => c.secretData),
            gaps: gaps.map((g) => ({ ...g, checks: [...kindsRead].filter(([, kinds]) => kinds.has(g.kind)).map(([id]) => id).sort() })),
        };
    return {
        schemaVersion: SCHEMA_VERSION,
        waivers: waived.waivers,
        runs: runs.sort((a, b) => (a.check.meta.id < b.check.meta.id ? -1 : 1)),
        findings,
        diagnostics: [...inventory.diagnostics, ...failures],
        summary: { objects: inventory.objects.length, checks: checks.length, findings: findings.length, bySeverity, diagnostics: inventory.diagnostics.length + failures.length },
        ...(coverage ? { coverage } : {}),
    };
}
//# sourceMappingURL=scan.js.map