/** An exception as the target of a finding: named after the checks it waives, at its file and line. */
export function exceptionTarget(w) {
    return {
        ref: { apiVersion: 'rampart.dev/v1', kind: 'Exception', name: w.checks.join(',') },
        ...(w.file !== undefined ? { location: { file: w.file, line: w.line ?? 1, column: 1, path: '' } } : {}),
    };
}
/** Stable across file moves and reordering: what the waiver says, not where. */
export function waiverKey(w) {
    return JSON.stringify([w.kind, w.checks, w.resources ?? null, w.owner ?? null, w.object ?? null]);
}
//# sourceMappingURL=target.js.map