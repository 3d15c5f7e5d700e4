import { basename } from 'node:path';
import jsyaml from 'js-yaml';
import { isRecord, type KubernetesObject } from '../k8s/types.js';
import { isClusterScoped, isComponentConfig } from '../k8s/scope.js';
import type { Diagnostic } from './diagnostics.js';
import { InventoryObject } from './object.js';
import { SourceText, YamlDocumentLocator, JsonObjectLocator, type Locator } from './source.js';
import { jsonArrayElementRanges } from './json-scan.js';
import { KUBERNETES_YAML_SCHEMA } from './yaml-schema.js';
import { schemaProblems } from './validate.js';
import { Inventory } from './inventory.js';
import type { LoadInput } from './files.js';

export { readInputs, type LoadInput } from './files.js';

/** Parses inputs into an inventory. Bad documents become diagnostics; the rest still load. */
export function loadInventory(inputs: readonly LoadInput[], initialDiagnostics: readonly Diagnostic[] = []): Inventory {
  const loader = new Loader();
  loader.diagnostics.push(...initialDiagnostics);
  for (const input of inputs) loader.loadFile(input);
  const notes = loader.diagnostics.filter((d) => d.severity === 'info');
  return new Inventory(loader.objects, notes.length === 0 ? loader.diagnostics : loader.diagnostics.filter((d) => d.severity !== 'info'), notes);
}

/** Convenience for tests and the API: one YAML/JSON text. */
export function loadText(text: string, file = 'input.yaml'): Inventory {
  return loadInventory([{ file, content: text }]);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

class Loader {
  readonly objects: InventoryObject[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Map<string, InventoryObject>();
  /** Non-empty documents seen, so that a file holding only an empty List is not "empty". */
  private documents = 0;
  /** Where the object being added sits in its file: document index, and item index inside a List. */
  private origin: { document: number; item?: number } = { document: 0 };
  private jsonValues = 0;

  loadFile({ file, content }: LoadInput): void {
    this.seen.clear();
    let text: string;
    if (typeof content === 'string') text = content;
    else {
      if (content.subarray(0, 8192).includes(0)) {
        this.error(file, 'binary-file', 'binary file: not YAML or JSON');
        return;
      }
      try {
        text = utf8.decode(content);
      } catch {
        this.error(file, 'binary-file', 'not valid UTF-8 text');
        return;
      }
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const source = new SourceText(file, text);
    const before = this.documents + this.diagnostics.length;
    const first = text.search(/\S/);
    if (first !== -1 && (text[first] === '{' || text[first] === '[') && this.loadJson(source, text[first] === '{')) {
      // loaded as JSON
    } else {
      this.loadYaml(source);
    }
    if (this.documents + this.diagnostics.length === before) {
      this.error(file, 'empty-file', 'empty file: no Kubernetes objects found', 1);
    }
  }

  /**
   * Text starting with `{` is JSON, as kubectl's YAMLOrJSONDecoder decides; it may be a stream of
   * concatenated objects. Text starting with `[` is tried as JSON, then as YAML. Returns false to
   * hand the text to the YAML path.
   */
  private loadJson(source: SourceText, strict: boolean): boolean {
    const text = source.text;
    let offset = 0;
    this.jsonValues = 0;
    while (offset < text.length) {
      const end = text.length;
      let value: unknown;
      let consumed = end;
      try {
        value = JSON.parse(offset === 0 ? text : text.slice(offset));
      } catch (e) {
        const message = (e as Error).message;
        const at = /position (\d+)/.exec(message);
        const position = at ? offset + Number(at[1]) : end;
        // a stream of JSON objects: parse up to where the next one starts
        if (/after JSON/.test(message) && at) {
          consumed = position;
          try {
            value = JSON.parse(text.slice(offset, consumed));
          } catch {
            value = undefined;
          }
        }
        if (value === undefined) {
          if (!strict && offset === 0) return false;
          const { line, column } = source.position(Math.min(position, Math.max(0, end - 1)));
          this.diagnostics.push({ severity: 'error', code: 'json-syntax', file: source.file, line, column, message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` });
          return true;
        }
      }
      this.addJsonValue(source, value, offset, consumed);
      offset = consumed;
      while (offset < end && /\s/.test(text[offset])) offset++;
    }
    return true;
  }

  private addJsonValue(source: SourceText, value: unknown, start: number, end: number): void {
    this.origin = { document: this.jsonValues++ };
    this.documents++;
    const own = (): readonly [number, number] => [start, end];
    const shift = (r: [number, number] | undefined): readonly [number, number] => (r ? [r[0] + start, r[1] + start] : own());
    const slice = lazy(() => (start === 0 && end === source.text.length ? source.text : source.text.slice(start, end)));
    if (Array.isArray(value)) {
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

  private loadYaml(source: SourceText): void {
    for (const [document, chunk] of splitYamlDocuments(source.text).entries()) {
      this.origin = { document };
      let value: unknown;
      try {
        value = jsyaml.load(source.text.slice(chunk.start, chunk.end), { schema: KUBERNETES_YAML_SCHEMA, json: false });
      } catch (e) {
        const err = e as { reason?: string; mark?: { line: number; column: number } };
        let pos = err.mark ? { line: chunk.line + err.mark.line, column: err.mark.column + 1 } : { line: chunk.firstContentLine, column: undefined };
        // "unexpected end of the stream" points past the text: name the last line instead
        const last = lastContentLine(source.text, chunk);
        if (pos.line > last) pos = { line: last, column: undefined };
        this.diagnostics.push({
          severity: 'error',
          code: 'yaml-syntax',
          file: source.file,
          line: pos.line,
          column: pos.column,
          message: `invalid YAML: ${err.reason ?? String(e)}`,
        });
        continue;
      }
      if (value === null || value === undefined) continue; // an empty document, e.g. a trailing `---`
      this.documents++;
      if (isList(value)) {
        this.addList(value, source, (i) => new YamlDocumentLocator(source, chunk.start, chunk.end, `/items/${i}`));
        continue;
      }
      this.addObject(value, source, new YamlDocumentLocator(source, chunk.start, chunk.end, ''), '', () => chunk.firstContentLine);
    }
  }

  /** `kind: List` and typed lists (`PodList`...): items of typed lists may omit apiVersion/kind. */
  private addList(list: ListValue, source: SourceText, locatorFor: (i: number) => Locator): void {
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

  private addObject(value: unknown, source: SourceText, locator: Locator, where: string, line: () => number): void {
    const file = source.file;
    const at = where ? ` (${where})` : '';
    if (!isRecord(value)) {
      const got = Array.isArray(value) ? 'a sequence' : `a ${typeof value}`;
      this.error(file, 'not-a-mapping', `document${at} is not a Kubernetes object: expected a mapping, got ${got}`, line());
      return;
    }
    const lineOf = (pointer: string): number => source.position(locator.offsetsOf([pointer])[0]).line;
    const { apiVersion, kind } = value;
    const metadata = value.metadata;
    if (typeof apiVersion !== 'string' || apiVersion === '') {
      this.error(file, 'missing-field', `object${at} has no "apiVersion": expecting GROUP/VERSION such as apps/v1`, line());
      return;
    }
    if (typeof kind !== 'string' || kind === '') {
      this.error(file, 'missing-field', `object${at} has no "kind"`, line());
      return;
    }
    const config = isComponentConfig(apiVersion);
    if (!isRecord(metadata) && !config) {
      this.error(file, 'missing-field', `${kind}${at} has no "metadata"`, line());
      return;
    }
    const meta: Record<string, unknown> = isRecord(metadata) ? metadata : {};
    let name = typeof meta.name === 'string' && meta.name !== '' ? meta.name : typeof meta.generateName === 'string' ? meta.generateName : undefined;
    if (name === undefined && config) {
      // named after its file, so two kubelet configs of two nodes stay apart
      name = basename(file).replace(/\.(ya?ml|json)$/i, '');
      value = { ...value, metadata: { ...meta, name } };
    }
    if (name === undefined) {
      if (meta.name !== undefined && meta.name !== null && meta.name !== '') {
        const hint = typeof meta.name === 'boolean' ? ': YAML reads y/n, yes/no and on/off as booleans; quote it' : '';
        this.error(file, 'invalid-field', `${kind}${at}: metadata.name must be a string (got ${JSON.stringify(meta.name)}${hint})`, lineOf('/metadata/name'));
      } else this.error(file, 'missing-field', `${kind}${at} has no "metadata.name"`, lineOf('/metadata'));
      return;
    }
    if (meta.namespace !== undefined && typeof meta.namespace !== 'string') {
      const hint = typeof meta.namespace === 'boolean' ? ` (got ${meta.namespace}: YAML reads y/n, yes/no and on/off as booleans; quote it)` : '';
      this.error(file, 'invalid-field', `${kind} "${name}": metadata.namespace must be a string${hint}`, lineOf('/metadata/namespace'));
      return;
    }
    const problems = schemaProblems(kind, value);
    if (problems.length > 0) {
      const shown = problems.slice(0, 3).map((p) => `${p.pointer || '/'} ${p.message}`);
      const more = problems.length > 3 ? `; and ${problems.length - 3} more` : '';
      this.error(file, 'invalid-field', `${kind} "${name}" would be rejected by the API server: ${shown.join('; ')}${more}`, lineOf(problems[0].pointer));
      return;
    }
    const namespace = isClusterScoped(kind) || config ? undefined : ((meta.namespace as string | undefined) || 'default');
    const ref = { apiVersion, kind, namespace, name };
    const object = new InventoryObject(value as unknown as KubernetesObject, ref, source, locator, this.origin);
    // Within one input (a file, a kubectl List, stdin) an identity occurs once: the API server
    // cannot return two, and `kubectl apply` would let the later silently replace the earlier.
    // Across files, copies are normal (dev/ and prod/ variants of one app): each is kept.
    const key = `${apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''}|${kind}|${namespace ?? ''}|${name}`;
    const previous = this.seen.get(key);
    if (previous) {
      const first = previous.locate('');
      this.error(
        file,
        'duplicate-object',
        `duplicate object ${kind} "${namespace ? namespace + '/' : ''}${name}": already defined at ${first.file}:${first.line} in the same input; this copy is ignored`,
        line(),
      );
      return;
    }
    this.seen.set(key, object);
    this.objects.push(object);
  }

  private error(file: string, code: Diagnostic['code'], message: string, line?: number): void {
    this.diagnostics.push({ severity: 'error', code, file, line, message });
  }
}

interface ListValue {
  readonly apiVersion: string;
  readonly kind: string;
  readonly items: unknown[];
}

function isList(value: unknown): value is ListValue {
  return isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items) && typeof value.apiVersion === 'string';
}

function lazy<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}

export interface YamlChunk {
  /** Offsets of the document's text, after its `---` line. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based line of the first line that is not blank or a comment. */
  readonly firstContentLine: number;
}

/**
 * Splits a YAML stream at document markers. YAML forbids `---` and `...` at the start of a line
 * inside any scalar (c-forbidden, YAML 1.2 §9.1.3), so a line scan is exact, and each document
 * parses on its own: one broken document cannot take the others down with it.
 */
export function splitYamlDocuments(text: string): YamlChunk[] {
  const chunks: YamlChunk[] = [];
  let start = 0;
  let startLine = 1;
  let firstContent = -1;
  let lineNo = 1;
  let pos = 0;
  const push = (end: number): void => {
    if (firstContent !== -1) chunks.push({ start, end, line: startLine, firstContentLine: firstContent });
  };
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
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
      } else {
        push(pos);
        start = eol + 1;
        startLine = lineNo + 1;
        firstContent = -1;
      }
    } else if (firstContent === -1) {
      const line = text.slice(pos, eol).trim();
      if (line !== '' && !line.startsWith('#') && !line.startsWith('%')) firstContent = lineNo;
    }
    pos = eol + 1;
    lineNo++;
  }
  push(text.length);
  return chunks;
}

function lastContentLine(text: string, chunk: YamlChunk): number {
  const lines = text.slice(chunk.start, chunk.end).split('\n');
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  return chunk.line + last;
}

function isMarker(text: string, pos: number, eol: number): boolean {
  const c = text.charCodeAt(pos);
  if (text.charCodeAt(pos + 1) !== c || text.charCodeAt(pos + 2) !== c) return false;
  const after = pos + 3;
  if (after >= eol) return true;
  const d = text.charCodeAt(after);
  return d === 32 || d === 9 || d === 13;
}
