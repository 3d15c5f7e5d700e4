/** An error the CLI renders as one clear line (exit 2) instead of a stack trace. */
export class InputError extends Error {
    file;
    line;
    code = 'INPUT_ERROR';
    constructor(message, file, line) {
        super(message);
        this.file = file;
        this.line = line;
        this.name = 'InputError';
    }
}
/** Bad command-line usage: rendered as one line, exit 2. */
export class UsageError extends Error {
    code = 'USAGE_ERROR';
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
export function formatDiagnostic(d) {
    const where = d.line !== undefined ? `${d.file}:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : d.file;
    return `${where}: ${d.severity}: ${d.message} [${d.code}]`;
}
//# sourceMappingURL=diagnostics.js.map