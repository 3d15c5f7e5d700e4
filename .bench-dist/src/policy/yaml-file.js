import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter, isMap, isScalar, isSeq } from 'yaml';
import { Ajv } from 'ajv';
import { InputError } from '../inventory/diagnostics.js';
/** An error in one of Rampart's own files: rendered as `file:line: message`, exit 2. */
export class FileError extends InputError {
    constructor(file, line, message) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: ${message}`, file, line);
    }
}
export function readPositionedYaml(file, text = readText(file)) {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error) {
        // "unexpected end" errors point past the text: name the last line that has content instead
        const lastLine = text.trimEnd().split('\n').length;
        const line = Math.min(error.linePos?.[0].line ?? lastLine, lastLine);
        throw new FileError(file, line, `invalid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const root = doc.contents;
    return {
        file,
        value: doc.toJS({ maxAliasCount: 100 }),
        line(pointer) {
            const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
            return counter.linePos(offsetOf(root, segments)).line;
        },
    };
}
function readText(file) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new FileError(file, undefined, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read: ${e.message}`);
    }
}
function offsetOf(root, segments) {
    let node = root;
    let best = node?.range?.[0] ?? 0;
    for (const seg of segments) {
        if (isMap(node)) {
            const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
            if (!pair)
                break;
            best = pair.key.range?.[0] ?? best;
            node = pair.value ?? null;
        }
        else if (isSeq(node)) {
            const item = node.items[Number(seg)];
            if (!item?.range)
                break;
            best = item.range[0];
            node = item;
        }
        else
            break;
    }
    return best;
}
let ajv;
const compiled = new WeakMap();
/** Validates against a JSON Schema; the first error becomes a FileError at the offending field's line. */
export function validateAgainst(source, schema, value = source.value, at = '') {
    ajv ??= new Ajv({ allErrors: false, strict: false });
    let validate = compiled.get(schema);
    if (!validate)
        compiled.set(schema, (validate = ajv.compile(schema)));
    if (validate(value))
        return;
    const e = validate.errors[0];
    const pointer = at + e.instancePath;
    throw new FileError(source.file, source.line(pointer), `${pointer || '/'} ${describe(e)}`);
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `has an unknown field "${String(p.additionalProperty)}"`;
        case 'required':
            return `is missing the required field "${String(p.missingProperty)}"`;
        case 'enum':
            return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}`;
        default:
            return e.message ?? 'is invalid';
    }
}
//# sourceMappingURL=yaml-file.js.map