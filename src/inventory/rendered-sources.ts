import { isRecord } from '../k8s/types.js';
import type { RenderedFrom, SourceFile } from './render.js';
import { SourceText, YamlDocument, type Locator } from './source.js';
import { splitYamlDocuments, type YamlChunk } from './yaml-documents.js';

interface Candidate {
  readonly source: SourceText;
  readonly document: YamlDocument;
}

/**
 * Maps the objects of one rendered stream (`helm template`, `kustomize build`) to the files they
 * came from: each object is reported in its source file (a template, a base resource), and each
 * field at the line of the file that sets it, among the source and the overlay's patches; a field
 * no file sets (a default, a value from values.yaml) at its nearest ancestor that one does.
 */
export class RenderedSources {
  private readonly files = new Map<string, { source: SourceText; chunks: YamlChunk[]; documents: Map<YamlChunk, YamlDocument> }>();

  constructor(private readonly from: RenderedFrom) {}

  /** The source an object is reported in and its locator; undefined when no file is known (positions then come from the rendered text). */
  map(documentText: string, object: Record<string, unknown>): { source: SourceText; locator: Locator } | undefined {
    const files = this.from.sources(documentText, object);
    const kind = typeof object.kind === 'string' ? object.kind : '';
    const name = isRecord(object.metadata) && typeof object.metadata.name === 'string' ? object.metadata.name : '';
    const candidates: Candidate[] = [];
    files.forEach((file, i) => {
      const candidate = this.candidate(file, kind, name, i === 0);
      if (candidate) candidates.push(candidate);
    });
    if (candidates.length === 0) return undefined;
    return { source: candidates[0].source, locator: new SourcesLocator(candidates) };
  }

  private candidate(file: SourceFile, kind: string, name: string, primary: boolean): Candidate | undefined {
    let entry = this.files.get(file.file);
    if (!entry) this.files.set(file.file, (entry = { source: new SourceText(file.file, file.text), chunks: splitYamlDocuments(file.text), documents: new Map() }));
    const chunk = chooseDocument(file.text, entry.chunks, kind, name) ?? (primary ? entry.chunks[0] : undefined);
    if (!chunk) return undefined;
    let document = entry.documents.get(chunk);
    if (!document) entry.documents.set(chunk, (document = new YamlDocument(entry.source, chunk.start, chunk.end)));
    return { source: entry.source, document };
  }
}

/**
 * The document of a file that holds the object: the one of its kind, and of several, the one whose
 * name is part of the rendered name (kustomize's `namePrefix`/`nameSuffix` keep it).
 */
function chooseDocument(text: string, chunks: readonly YamlChunk[], kind: string, name: string): YamlChunk | undefined {
  const kindLine = new RegExp(`^kind:[ \\t]*["']?${kind.replace(/[^\w]/g, '\\$&')}["']?[ \\t]*(?:#.*)?$`, 'm');
  const ofKind = chunks.filter((c) => kindLine.test(text.slice(c.start, c.end)));
  if (ofKind.length <= 1) return ofKind[0];
  return (
    ofKind.find((c) => {
      const declared = /^[ \t]+name:[ \t]*["']?([^"'\s#]+)/m.exec(text.slice(c.start, c.end))?.[1];
      return declared !== undefined && name.includes(declared);
    }) ?? ofKind[0]
  );
}

/** Each field in the candidate file that reaches deepest into it; ties go to the first (the source itself). */
class SourcesLocator implements Locator {
  constructor(private readonly candidates: readonly Candidate[]) {}

  offsetsOf(pointers: readonly string[]): number[] {
    return this.candidates[0].document.offsetsOf([], pointers);
  }

  sourcesOf(pointers: readonly string[]): { source: SourceText; offset: number }[] {
    if (this.candidates.length === 1) return this.offsetsOf(pointers).map((offset) => ({ source: this.candidates[0].source, offset }));
    const located = this.candidates.map((c) => c.document.locateAll([], pointers));
    return pointers.map((_pointer, i) => {
      let best = 0;
      for (let c = 1; c < located.length; c++) if (located[c][i].depth > located[best][i].depth) best = c;
      return { source: this.candidates[best].source, offset: located[best][i].offset };
    });
  }
}
