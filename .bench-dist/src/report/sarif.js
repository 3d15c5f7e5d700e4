import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fullMessage } from '../findings/finding.js';
import { VERSION } from '../version.js';
import { mapIterable } from './document.js';
import { collect, jsonChunks, streamed } from './stream.js';
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** GitHub code scanning orders security alerts by this 0–10 score. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0',
};
/** The base that relative artifact URIs are resolved against, as code-scanning UIs expect. */
const SRCROOT = '%SRCROOT%';
/** SARIF 2.1.0, with file/line regions so code-scanning UIs show the exact line; results are streamed. */
export function* sarifReport(result, options) {
    const ruleIndex = new Map(result.runs.map((run, i) => [run.check.meta.id, i]));
    const rules = result.runs.map(({ check: { meta }, references }) => ({
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.title },
        fullDescription: { text: meta.rationale },
        help: { text: meta.remediation, markdown: `${meta.rationale}\n\n**Remediation**\n\n${meta.remediation}` },
        helpUri: references.docs?.[0],
        defaultConfiguration: { level: LEVEL[meta.severity] },
        properties: {
            tags: ['security', meta.area, ...(references.cis ?? []).map((id) => `CIS-${id}`), ...(references.mitre ?? [])],
            'security-severity': SECURITY_SEVERITY[meta.severity],
        },
    }));
    const where = locator(options.baseDir);
    const toResult = (f) => {
        const physical = f.location ? where(f.location.file, f.location.line, f.location.column) : undefined;
        const logical = { logicalLocations: [{ fullyQualifiedName: logicalName(f.resource), kind: 'resource' }] };
        return {
            ruleId: f.checkId,
            ruleIndex: ruleIndex.get(f.checkId),
            level: LEVEL[f.severity],
            message: { text: fullMessage(f) },
            locations: [{ ...physical, ...logical }],
            partialFingerprints: { 'rampartFingerprint/v1': f.fingerprint },
            // a waived finding stays visible, as code-scanning UIs show suppressions
            ...(f.waived ? { suppressions: [{ kind: f.waived.source.kind === 'annotation' ? 'inSource' : 'external', status: 'accepted', justification: f.waived.justification }] } : {}),
            ...(f.baseline ? { baselineState: f.baseline } : {}),
            properties: { severity: f.severity, resource: f.resource, 'security-severity': SECURITY_SEVERITY[f.severity] },
        };
    };
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'Rampart', version: VERSION, informationUri: 'https://github.com/rampart-dev/rampart', rules } },
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.baseDir) } },
                invocations: [
                    {
                        executionSuccessful: !result.diagnostics.some((d) => d.severity === 'error'),
                        toolExecutionNotifications: result.diagnostics.map((d) => {
                            const location = where(d.file, d.line, d.column);
                            return { level: d.severity === 'error' ? 'error' : 'warning', message: { text: d.message }, descriptor: { id: d.code }, ...(location ? { locations: [location] } : {}) };
                        }),
                    },
                ],
                results: streamed(mapIterable(result.findings, toResult)),
            },
        ],
    };
    yield* jsonChunks(sarif);
    yield '\n';
}
export function renderSarif(result, options) {
    return collect(sarifReport(result, options));
}
/**
 * Artifact locations: a path under the base directory becomes a relative URI against %SRCROOT%,
 * anything else a file:// URI; standard input has no artifact (the logical location remains).
 */
function locator(baseDir) {
    return (file, line, column) => {
        if (file === '<stdin>' || file.startsWith('<'))
            return undefined;
        const absolute = isAbsolute(file) ? file : `${baseDir}${sep}${file}`;
        const rel = relative(baseDir, absolute);
        const artifactLocation = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT } : { uri: pathToFileURL(absolute).href };
        return {
            physicalLocation: {
                artifactLocation,
                ...(line !== undefined ? { region: { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } } : {}),
            },
        };
    };
}
function directoryUri(dir) {
    const href = pathToFileURL(dir).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function logicalName(r) {
    return r.namespace ? `${r.namespace}/${r.kind}/${r.name}` : `${r.kind}/${r.name}`;
}
//# sourceMappingURL=sarif.js.map