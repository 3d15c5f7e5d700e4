/**
 * Helm charts and kustomizations, rendered the way their users deploy them. A directory with a
 * `Chart.yaml` is rendered with `helm template` (the chart's default values, plus `--helm-values`
 * and `--helm-set`); one with a `kustomization.yaml` with `kustomize build` (or `kubectl kustomize`).
 * Findings point back at the files a person edits: Helm's `# Source:` comments name the template,
 * and kustomize's origin annotations the resource file (overlay patches are searched for fields
 * the resource lacks). When the tool is not on PATH, the directory is skipped with one warning
 * that gives the command to render it and pipe it in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import jsyaml from 'js-yaml';
import { isRecord } from '../k8s/types.js';
import type { Diagnostic } from './diagnostics.js';
import type { FileSystem, LoadInput } from './files.js';

export type RenderTool = 'helm' | 'kustomize';

export interface RenderOptions {
  /** Where to look for `helm`, `kustomize` and `kubectl` (PATH), and the tools' environment. */
  readonly env?: NodeJS.ProcessEnv;
  /** `--helm-values`: values files for every chart, in order. */
  readonly helmValues?: readonly string[];
  /** `--helm-set`: `key=value` for every chart, in order. */
  readonly helmSet?: readonly string[];
}

/** A file an object was rendered from, and its text (a Helm template with its template actions blanked out). */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** How to map the objects of a rendered stream back to the files they came from. */
export interface RenderedFrom {
  readonly tool: RenderTool;
  /** The chart or kustomization directory, as given. */
  readonly directory: string;
  /**
   * The files to locate this object's fields in, best first (empty when unknown). Removes from the
   * object what the renderer added to say where it came from.
   */
  sources(document: string, object: Record<string, unknown>): readonly SourceFile[];
}

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** What renders a directory, from the names in it: a chart, a kustomization, or nothing. */
export function renderToolFor(names: readonly string[]): RenderTool | undefined {
  if (names.includes('Chart.yaml')) return 'helm';
  if (KUSTOMIZATION_FILES.some((k) => names.includes(k))) return 'kustomize';
  return undefined;
}

/** The full path of a command on PATH, or undefined. */
export function which(command: string, env: NodeJS.ProcessEnv, fs: FileSystem): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      if (fs.stat(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface Rendered {
  readonly input?: LoadInput;
  readonly diagnostics: Diagnostic[];
}

/** Renders the chart or kustomization in `directory`. */
export function renderDirectory(tool: RenderTool, directory: string, options: RenderOptions, fs: FileSystem): Rendered {
  return tool === 'helm' ? renderChart(directory, options, fs) : renderKustomization(directory, options, fs);
}

/** Tools may print a lot (a chart of a whole platform); they may not run forever. */
const SPAWN = { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: 300_000 } as const;

function renderChart(directory: string, options: RenderOptions, fs: FileSystem): Rendered {
  const env = options.env ?? process.env;
  const command = ['helm', 'template', directory, ...(options.helmValues ?? []).flatMap((v) => ['--values', v]), ...(options.helmSet ?? []).flatMap((s) => ['--set', s])];
  const helm = which('helm', env, fs);
  if (!helm) return { diagnostics: [notRendered(directory, 'Helm chart', 'helm is not on PATH', command)] };
  const run = spawnSync(helm, command.slice(1), { ...SPAWN, env });
  if (run.error || run.status !== 0) return { diagnostics: [renderFailed(directory, command, run)] };
  const name = chartName(directory, fs);
  const cache = new Map<string, SourceFile | null>();
  return {
    diagnostics: [],
    input: {
      file: command.join(' '),
      content: run.stdout,
      rendered: {
        tool: 'helm',
        directory,
        sources(document) {
          // `# Source: <chart>/templates/x.yaml`, or `<chart>/charts/<sub>/templates/x.yaml`
          const source = /^# Source: (.+)$/m.exec(document)?.[1]?.trim();
          if (!source || name === undefined || !source.startsWith(`${name}/`)) return [];
          const file = join(directory, source.slice(name.length + 1));
          let found = cache.get(file);
          if (found === undefined) {
            const text = readText(fs, file);
            cache.set(file, (found = text === undefined ? null : { file, text: blankTemplateActions(text) }));
          }
          return found ? [found] : [];
        },
      },
    },
  };
}

function chartName(directory: string, fs: FileSystem): string | undefined {
  try {
    const chart = jsyaml.load(fs.readFile(join(directory, 'Chart.yaml')).toString('utf8'));
    return isRecord(chart) && typeof chart.name === 'string' ? chart.name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A template with every line that is only a template action (`{{- if ... }}`, `{{ include ... |
 * nindent 4 }}`, `{{- end }}`) turned into spaces: what is left is the YAML a person wrote, at the
 * same offsets, which the YAML locator can read. Fields that come from values (`toYaml
 * .Values.securityContext`) are located at the key that receives them.
 */
export function blankTemplateActions(text: string): string {
  return text.replace(/^[ \t]*\{\{[^\n]*\}\}[ \t]*$/gm, (line) => ' '.repeat(line.length));
}

/** kustomize's record of where a resource came from (`buildMetadata: [originAnnotations]`). */
const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

function renderKustomization(directory: string, options: RenderOptions, fs: FileSystem): Rendered {
  const env = options.env ?? process.env;
  const kustomize = which('kustomize', env, fs);
  const kubectl = kustomize ? undefined : which('kubectl', env, fs);
  const display = kustomize || !kubectl ? ['kustomize', 'build', directory] : ['kubectl', 'kustomize', directory];
  if (!kustomize && !kubectl) return { diagnostics: [notRendered(directory, 'kustomization', 'neither kustomize nor kubectl is on PATH', display)] };
  const build = (target: string) => spawnSync((kustomize ?? kubectl)!, kustomize ? ['build', target] : ['kustomize', target], { ...SPAWN, env });
  // Built through a wrapper kustomization that asks for origin annotations, so that each object
  // names the file it came from; kustomize versions without them get the plain build.
  const wrapper = mkdtempSync(join(tmpdir(), 'rampart-kustomize-'));
  let run;
  let origins = true;
  try {
    writeFileSync(join(wrapper, 'kustomization.yaml'), `resources:\n- ${JSON.stringify(relative(wrapper, resolve(directory)))}\nbuildMetadata: [originAnnotations]\n`);
    run = build(wrapper);
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
  if (run.error || run.status !== 0) {
    origins = false;
    run = build(directory);
  }
  if (run.error || run.status !== 0) {
    // a Component is meant to be used by a kustomization; kustomize versions that cannot build one
    // alone leave it to the kustomization that uses it
    if (isComponent(directory, fs)) return { diagnostics: [notRendered(directory, 'kustomize Component', `${display[0]} cannot build it alone; it is scanned with the kustomization that uses it`, display)] };
    return { diagnostics: [renderFailed(directory, display, run)] };
  }
  const cache = new Map<string, SourceFile | null>();
  const read = (file: string): SourceFile | undefined => {
    let found = cache.get(file);
    if (found === undefined) {
      const text = readText(fs, file);
      cache.set(file, (found = text === undefined ? null : { file, text }));
    }
    return found ?? undefined;
  };
  // overlay patches: the YAML files of the kustomization's own directory
  let patches: SourceFile[] | undefined;
  const patchFiles = (): SourceFile[] =>
    (patches ??= listYaml(fs, directory)
      .filter((name) => !KUSTOMIZATION_FILES.includes(name))
      .map((name) => read(join(directory, name)))
      .filter((f): f is SourceFile => f !== undefined));
  return {
    diagnostics: [],
    input: {
      file: display.join(' '),
      content: run.stdout,
      rendered: {
        tool: 'kustomize',
        directory,
        sources(_document, object) {
          const origin = takeOrigin(object);
          if (!origins) return patchFiles();
          // origin paths are relative to the wrapper; shown relative to the directory as given
          const path = origin ? /^(?:path|configuredIn):\s*(.+)$/m.exec(origin)?.[1]?.trim() : undefined;
          const file = path ? join(directory, relative(resolve(directory), resolve(wrapper, path))) : undefined;
          const primary = file ? read(file) : undefined;
          return [...(primary ? [primary] : []), ...patchFiles().filter((p) => p.file !== file)];
        },
      },
    },
  };
}

function isComponent(directory: string, fs: FileSystem): boolean {
  for (const name of KUSTOMIZATION_FILES) {
    const text = readText(fs, join(directory, name));
    if (text !== undefined) return /^kind:[ \t]*["']?Component["']?[ \t]*$/m.test(text);
  }
  return false;
}

/** Removes kustomize's origin annotation (it is not the user's), returning it. */
function takeOrigin(object: Record<string, unknown>): string | undefined {
  const metadata = object.metadata;
  if (!isRecord(metadata) || !isRecord(metadata.annotations)) return undefined;
  const origin = metadata.annotations[ORIGIN_ANNOTATION];
  if (origin === undefined) return undefined;
  delete metadata.annotations[ORIGIN_ANNOTATION];
  if (Object.keys(metadata.annotations).length === 0) delete metadata.annotations;
  return typeof origin === 'string' ? origin : undefined;
}

function listYaml(fs: FileSystem, directory: string): string[] {
  try {
    return fs
      .readdir(directory)
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

function readText(fs: FileSystem, file: string): string | undefined {
  try {
    return fs.readFile(file).toString('utf8');
  } catch {
    return undefined;
  }
}

function notRendered(directory: string, what: string, why: string, command: readonly string[]): Diagnostic {
  return {
    severity: 'warning',
    code: 'not-rendered',
    file: directory,
    message: `${what} not scanned: ${why}. Render it and pipe it in: ${command.map(shellQuote).join(' ')} | rampart scan -f -`,
  };
}

function renderFailed(directory: string, command: readonly string[], run: { error?: Error; stderr?: string | null; status: number | null }): Diagnostic {
  const reason = run.error ? run.error.message : (run.stderr ?? '').trim().split('\n').slice(0, 3).join(' ') || `exit status ${run.status}`;
  return { severity: 'error', code: 'render-failed', file: directory, message: `${command.map(shellQuote).join(' ')} failed: ${reason}` };
}

function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
