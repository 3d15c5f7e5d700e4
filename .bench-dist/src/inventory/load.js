import { basename } from 'node:path';
import jsyaml from 'js-yaml';
import { isRecord } from '../k8s/types.js';
import { apiGroup, isClusterScoped, isComponentConfig } from '../k8s/scope.js';
import { InventoryObject } from './object.js';
import { SourceText, YamlDocument, YamlDocumentLocator, JsonObjectLocator } from './source.js';
import { jsonArrayElementRanges } from './json-scan.js';
import { KUBERNETES_YAML_SCHEMA } from './yaml-schema.js';
import { apiProblems, schemaProblems } from './validate.js';
import { describeYamlValue, looksLikeObject, looksLikeTemplate, mentionsObjectFields, notAnObject } from './recognize.js';
import { misplacedKind } from '../k8s/api-resources.js';
import { Inventory } from './inventory.js';
import { STDIN } from './files.js';
export { readInputs } from './files.js';
/** Parses inputs into an inventory. Bad documents become diagnostics; the rest still load. */
export function loadInventory(inputs, initialDiagnostics = [], options = {}) {
    const loader = new Loader();
    loader.diagnostics.push(...initialDiagnostics);
    for (const input of inputs)
        loader.loadFile(input);
    const notes = loader.diagnostics.filter((d) => d.severity === 'info');
    return new Inventory(loader.objects, notes.length === 0 ? loader.diagnostics : loader.diagnostics.filter((d) => d.severity !== 'info'), notes, options);
}
/** Convenience for tests and the API: one YAML/JSON text. */
export function loadText(text, file = 'input.yaml') {
    return loadInventory([{ file, content: text }]);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
class Loader {
    objects = [];
    diagnostics = [];
    seen = new Map();
    /** Non-empty documents seen, so that a file holding only an empty List is not "empty". */
    documents = 0;
    /** Where the object being added sits in its file: document index, and item index inside a List. */
    origin = { document: 0 };
    jsonValues = 0;
    /** Notes and template warnings already given for the current file: one of each per file. */
    said = new Set();
    /** False when the file cannot hold a null (JSON without the word): nothing to drop. */
    mayHoldNulls = true;
    /** The text of the document being loaded, to recognise an unrendered template. */
    documentText = () => '';
    loadFile({ file, content }) {
        this.seen.clear();
        this.said.clear();
        this.documentText = () => '';
        let text;
        if (typeof content === 'string')
            text = content;
        else {
            if (content.subarray(0, 8192).includes(0)) {
                this.error(file, 'binary-file', 'binary file: not YAML or JSON');
                return;
            }
            try {
                text = utf8.decode(content);
            }
            catch {
                this.error(file, 'binary-file', 'not valid UTF-8 text');
                return;
            }
        }
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        const source = new SourceText(file, text);
        const before = this.documents + this.diagnostics.length;
        const first = text.search(/\S/);
        const json = first !== -1 && (text[first] === '{' || text[first] === '[');
        // YAML spells null many ways (`~`, an empty value); JSON only one
        this.mayHoldNulls = !json || text.includes('null');
        if (json && this.loadJson(source, text[first] === '{')) {
            // loaded as JSON
        }
        else {
            this.mayHoldNulls = true;
            this.loadYaml(source, 0, 0);
        }
        if (this.documents + this.diagnostics.length === before) {
            // an empty pipe usually means the command before it failed; an empty file is just empty
            if (file === STDIN)
                this.error(file, 'empty-file', 'no input on stdin: no Kubernetes objects found', 1);
            else
                this.note(file, 'empty-file', 'empty file (or only comments): nothing to scan', 1);
        }
    }
    /**
     * Text starting with `{` is JSON, as kubectl's YAMLOrJSONDecoder decides; it may be a stream of
     * concatenated objects, and a YAML document marker after one (`}\n---\n`) continues the stream as
     * YAML. Text starting with `[` is tried as JSON, then as YAML. Returns false to hand the text to
     * the YAML path.
     */
    loadJson(source, strict) {
        const text = source.text;
        let offset = 0;
        this.jsonValues = 0;
        while (offset < text.length) {
            if (offset > 0 && isYamlMarkerAt(text, offset)) {
                this.mayHoldNulls = true;
                this.loadYaml(source, offset, this.jsonValues);
                return true;
            }
            const end = text.length;
            let value;
            let consumed = end;
            try {
                value = JSON.parse(offset === 0 ? text : text.slice(offset));
            }
            catch (e) {
                const message = e.message;
                const at = /position (\d+)/.exec(message);
                const position = at ? offset + Number(at[1]) : end;
                // a stream of JSON objects: parse up to where the next one starts
                if (/after JSON/.test(message) && at) {
                    consumed = position;
                    try {
                        value = JSON.parse(text.slice(offset, consumed));
                    }
                    catch {
                        value = undefined;
                    }
                }
                if (value === undefined) {
                    if (!strict && offset === 0)
                        return false;
                    const { line, column } = source.position(Math.min(position, Math.max(0, end - 1)));
                    if (!mentionsObjectFields(offset === 0 ? text : text.slice(offset), true)) {
                        this.note(source.file, 'not-kubernetes', 'skipped: not valid JSON, and no apiVersion or kind: not a Kubernetes object', line);
                    }
                    else {
                        this.diagnostics.push({ severity: 'error', code: 'json-syntax', file: source.file, line, column, message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` });
                    }
                    return true;
                }
            }
            this.addJsonValue(source, value, offset, consumed);
            offset = consumed;
            while (offset < end && /\s/.test(text[offset]))
                offset++;
        }
        return true;
    }
    addJsonValue(source, value, start, end) {
        this.origin = { document: this.jsonValues++ };
        this.documents++;
        const own = () => [start, end];
        const shift = (r) => (r ? [r[0] + start, r[1] + start] : own());
        const slice = lazy(() => (start === 0 && end === source.text.length ? source.text : source.text.slice(start, end)));
        if (Array.isArray(value) && value.some(looksLikeObject)) {
            const ranges = lazy(() => jsonArrayElementRanges(slice(), null));
            value.forEach((item, i) => {
                this.origin = { document: this.origin.document, item: i };
                this.addObject(item, source, new JsonObjectLocator(source, () => shift(ranges()[i])), `[${i}]`, () => source.position(shift(ranges()[i])[0]).line);
            });
            return;
        }
        if (isList(value)) {
            const ranges = lazy(() => jsonArrayElementRanges(slice(), 'items'));
            this.addList(value, source, (i) => new JsonObjectLocator(source, () => shift(ranges()[i])));
            return;
        }
        this.addObject(value, source, new JsonObjectLocator(source, own), '', () => source.position(start).line);
    }
    /** The YAML documents of the text from offset `from`, numbered from `firstDocument`. */
    loadYaml(source, from, firstDocument) {
        const text = source.text;
        for (const [i, chunk] of splitYamlDocuments(text, from).entries()) {
            this.origin = { document: firstDocument + i };
            const chunkText = lazy(() => text.slice(chunk.start, chunk.end));
            this.documentText = chunkText;
            let value;
            try {
                value = jsyaml.load(chunkText(), { schema: KUBERNETES_YAML_SCHEMA, json: false });
            }
            catch (e) {
                const err = e;
                let pos = err.mark ? { line: chunk.line + err.mark.line, column: err.mark.column + 1 } : { line: chunk.firstContentLine, column: undefined };
                // "unexpected end of the stream" points past the text: name the last line instead
                const last = lastContentLine(text, chunk);
                if (pos.line > last)
                    pos = { line: last, column: undefined };
                if (looksLikeTemplate(chunkText()))
                    this.templateWarning(source.file, chunk.firstContentLine);
                else if (!mentionsObjectFields(chunkText(), false))
                    this.note(source.file, 'not-kubernetes', 'skipped: not valid YAML, and no apiVersion or kind: not a Kubernetes object', pos.line);
                else {
                    this.diagnostics.push({
                        severity: 'error',
                        code: 'yaml-syntax',
                        file: source.file,
                        line: pos.line,
                        column: pos.column,
                        message: `invalid YAML: ${err.reason ?? String(e)}`,
                    });
                }
                continue;
            }
            if (value === null || value === undefined)
                continue; // an empty document, e.g. a trailing `---`
            this.documents++;
            const yamlDocument = new YamlDocument(source, chunk.start, chunk.end);
            if (isList(value)) {
                this.addList(value, source, (i) => new YamlDocumentLocator(yamlDocument, `/items/${i}`));
                continue;
            }
            if (Array.isArray(value) && value.some(looksLikeObject)) {
                // a sequence of objects, as a JSON array of objects is read
                const document = this.origin.document;
                value.forEach((item, i) => {
                    this.origin = { document, item: i };
                    const locator = new YamlDocumentLocator(yamlDocument, `/${i}`);
                    this.addObject(item, source, locator, `[${i}]`, () => source.position(locator.offsetsOf([''])[0]).line);
                });
                continue;
            }
            this.addObject(value, source, new YamlDocumentLocator(yamlDocument, ''), '', () => chunk.firstContentLine);
        }
    }
    /** `kind: List` and typed lists (`PodList`...): items of typed lists may omit apiVersion/kind. */
    addList(list, source, locatorFor) {
        const itemKind = list.kind === 'List' ? undefined : list.kind.slice(0, -'List'.length);
        const document = this.origin.document;
        list.items.forEach((item, i) => {
            this.origin = { document, item: i };
            const locator = locatorFor(i);
            if (isRecord(item) && itemKind) {
                item = { apiVersion: list.apiVersion, kind: itemKind, ...item };
            }
            this.addObject(item, source, locator, `/items/${i}`, () => source.position(locator.offsetsOf([''])[0]).line);
        });
    }
    /**
     * One document (`where` empty) or one item of a List or sequence. A document that is plainly not
     * a Kubernetes object is skipped with a note; problems with anything else are errors, or one
     * warning per file when the document is an unrendered template.
     */
    addObject(value, source, locator, where, line) {
        const file = source.file;
        const at = where ? ` (${where})` : '';
        if (where === '') {
            const skipped = notAnObject(value, file);
            if (skipped !== undefined) {
                this.note(file, 'not-kubernetes', `skipped: ${skipped}`, line());
                return;
            }
        }
        if (!isRecord(value)) {
            this.reject(file, 'not-a-mapping', `document${at} is not a Kubernetes object: expected a mapping, got ${describeYamlValue(value)}`, line());
            return;
        }
        // The API server reads `null` as "not set" wherever a field is optional (Go's JSON decoding
        // leaves the field at its zero value): so does every check, with nulls gone.
        if (this.mayHoldNulls)
            dropNulls(value, typeof value.kind === 'string' ? value.kind : undefined);
        const lineOf = (pointer) => source.position(locator.offsetsOf([pointer])[0]).line;
        const { apiVersion, kind } = value;
        const metadata = value.metadata;
        if (typeof apiVersion !== 'string' || apiVersion === '') {
            this.reject(file, 'missing-field', `object${at} has no "apiVersion": expecting GROUP/VERSION such as apps/v1`, line());
            return;
        }
        if (typeof kind !== 'string' || kind === '') {
            this.reject(file, 'missing-field', `object${at} has no "kind"`, line());
            return;
        }
        const home = misplacedKind(apiGroup(apiVersion), kind);
        if (home !== undefined) {
            this.reject(file, 'invalid-field', `${kind}${at}: apiVersion "${apiVersion}" has no kind ${kind}, so the API server would reject it ("no matches for kind"); ${kind} is ${home}`, lineOf('/apiVersion'));
            return;
        }
        const config = isComponentConfig(apiVersion);
        if (!isRecord(metadata) && !config) {
            this.reject(file, 'missing-field', `${kind}${at} has no "metadata"`, line());
            return;
        }
        const meta = isRecord(metadata) ? metadata : {};
        let name = typeof meta.name === 'string' && meta.name !== '' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : undefined;
        if (name === undefined && config) {
            // named after its file, so two kubelet configs of two nodes stay apart
            name = basename(file).replace(/\.(ya?ml|json)$/i, '');
            value = { ...value, metadata: { ...meta, name } };
        }
        if (name === undefined) {
            if (meta.name !== undefined && meta.name !== '') {
                const hint = typeof meta.name === 'boolean' ? ': YAML reads y/n, yes/no and on/off as booleans; quote it' : '';
                this.reject(file, 'invalid-field', `${kind}${at}: metadata.name must be a string (got ${describeYamlValue(meta.name)}${hint})`, lineOf('/metadata/name'));
            }
            else
                this.reject(file, 'missing-field', `${kind}${at} has no "metadata.name"`, lineOf('/metadata'));
            return;
        }
        if (meta.namespace !== undefined && typeof meta.namespace !== 'string') {
            const hint = typeof meta.namespace === 'boolean' ? `: YAML reads y/n, yes/no and on/off as booleans; quote it` : '';
            this.reject(file, 'invalid-field', `${kind} "${name}": metadata.namespace must be a string (got ${describeYamlValue(meta.namespace)}${hint})`, lineOf('/metadata/namespace'));
            return;
        }
        let problems = schemaProblems(kind, value);
        if (problems.length === 0)
            problems = apiProblems(kind, value);
        if (problems.length > 0) {
            const shown = problems.slice(0, 3).map((p) => `${p.pointer || '/'} ${p.message}`);
            const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
            this.reject(file, 'invalid-field', `${kind} "${name}" would be rejected by the API server: ${shown.join('; ')}${more}`, lineOf(problems[0].pointer));
            return;
        }
        const namespace = isClusterScoped(kind) || config ? undefined : (meta.namespace || 'default');
        const ref = { apiVersion, kind, namespace, name };
        const object = new InventoryObject(value, ref, source, locator, this.origin);
        // Within one input (a file, a kubectl List, stdin) an identity occurs once: the API server
        // cannot return two, and `kubectl apply` would let the later silently replace the earlier.
        // Across files, copies are normal (dev/ and prod/ variants of one app): each is kept.
        const key = `${apiGroup(apiVersion)}|${kind}|${namespace ?? ''}|${name}`;
        const previous = this.seen.get(key);
        if (previous) {
            const first = previous.locate('');
            this.error(file, 'duplicate-object', `duplicate object ${kind} "${namespace ? namespace + '/' : ''}${name}": already defined at ${first.file}:${first.line} in the same input; this copy is ignored`, line());
            return;
        }
        this.seen.set(key, object);
        this.objects.push(object);
    }
    error(file, code, message, line) {
        this.diagnostics.push({ severity: 'error', code, file, line, message });
    }
    /** An error, unless the document is an unrendered Go template: then one warning for the file. */
    reject(file, code, message, line) {
        if (looksLikeTemplate(this.documentText()))
            this.templateWarning(file, line);
        else
            this.error(file, code, message, line);
    }
    /** Go template syntax is not broken YAML: the file needs rendering first. Once per file. */
    templateWarning(file, line) {
        if (this.said.has('unrendered-template'))
            return;
        this.said.add('unrendered-template');
        const chart = /^(.*)\/templates\/[^/]*$/.exec(file)?.[1];
        this.diagnostics.push({
            severity: 'warning',
            code: 'unrendered-template',
            file,
            line,
            message: `not scanned: a Go template (Helm) that has not been rendered; render it and pipe it in: helm template ${chart ?? 'CHART'} | rampart scan -f -`,
        });
    }
    /** An info note (listed with -v), once per file and code. */
    note(file, code, message, line) {
        this.documents++;
        if (this.said.has(code))
            return;
        this.said.add(code);
        this.diagnostics.push({ severity: 'info', code, file, line, message });
    }
}
/** Fields that are maps of strings (`map[string]string` in Go) wherever they appear. */
const STRING_MAPS = new Set(['labels', 'annotations', 'matchLabels', 'nodeSelector']);
/** Top-level string maps of these kinds. */
const KIND_STRING_MAPS = { ConfigMap: ['data', 'binaryData'], Secret: ['data', 'stringData'] };
/**
 * Reads `null` as the API server does, in place (the loader owns parsed values): Go's JSON decoding
 * leaves a struct field at its zero value, so a null field is the same as an absent one and is
 * removed; in a map of strings (labels, a ConfigMap's data) a null value is the empty string.
 */
export function dropNulls(value, kind) {
    const topMaps = kind !== undefined ? KIND_STRING_MAPS[kind] : undefined;
    for (const key in value) {
        const v = value[key];
        if (v === null)
            delete value[key];
        else if (typeof v === 'object') {
            if (Array.isArray(v)) {
                for (const item of v)
                    if (typeof item === 'object' && item !== null && !Array.isArray(item))
                        dropNulls(item);
            }
            else if (STRING_MAPS.has(key) || topMaps?.includes(key)) {
                const map = v;
                for (const k in map)
                    if (map[k] === null)
                        map[k] = '';
            }
            else
                dropNulls(v);
        }
    }
}
function isYamlMarkerAt(text, offset) {
    const c = text.charCodeAt(offset);
    if (c !== 45 && c !== 46)
        return false;
    let eol = text.indexOf('\n', offset);
    if (eol === -1)
        eol = text.length;
    return isMarker(text, offset, eol);
}
function isList(value) {
    return isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items) && typeof value.apiVersion === 'string';
}
function lazy(compute) {
    let cached;
    return () => (cached ??= { value: compute() }).value;
}
/**
 * Splits a YAML stream at document markers. YAML forbids `---` and `...` at the start of a line
 * inside any scalar (c-forbidden, YAML 1.2 §9.1.3), so a line scan is exact, and each document
 * parses on its own: one broken document cannot take the others down with it.
 */
export function splitYamlDocuments(text, from = 0) {
    const chunks = [];
    let lineNo = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1))
        lineNo++;
    let start = from;
    let startLine = lineNo;
    let firstContent = -1;
    let pos = from;
    const push = (end) => {
        if (firstContent !== -1)
            chunks.push({ start, end, line: startLine, firstContentLine: firstContent });
    };
    while (pos <= text.length) {
        let eol = text.indexOf('\n', pos);
        if (eol === -1)
            eol = text.length;
        const c = text.charCodeAt(pos);
        if ((c === 45 /* - */ || c === 46) /* . */ && isMarker(text, pos, eol)) {
            const isStart = c === 45;
            const rest = text.slice(pos + 3, eol);
            if (isStart) {
                push(pos);
                // content on the marker line itself (`--- {a: 1}`) belongs to the new document
                const inline = rest.trim() !== '' && !rest.trim().startsWith('#');
                start = inline ? pos + 3 : eol + 1;
                startLine = inline ? lineNo : lineNo + 1;
                firstContent = inline ? lineNo : -1;
            }
            else {
                push(pos);
                start = eol + 1;
                startLine = lineNo + 1;
                firstContent = -1;
            }
        }
        else if (firstContent === -1) {
            const line = text.slice(pos, eol).trim();
            if (line !== '' && !line.startsWith('#') && !line.startsWith('%'))
                firstContent = lineNo;
        }
        pos = eol + 1;
        lineNo++;
    }
    push(text.length);
    return chunks;
}
function lastContentLine(text, chunk) {
    const lines = text.slice(chunk.start, chunk.end).split('\n');
    let last = lines.length - 1;
    while (last > 0 && lines[last].trim() === '')
        last--;
    return chunk.line + last;
}
function isMarker(text, pos, eol) {
    const c = text.charCodeAt(pos);
    if (text.charCodeAt(pos + 1) !== c || text.charCodeAt(pos + 2) !== c)
        return false;
    const after = pos + 3;
    if (after >= eol)
        return true;
    const d = text.charCodeAt(after);
    return d === 32 || d === 9 || d === 13;
}
//# sourceMappingURL=load.js.map