import { readFileSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { renderDirectory, renderToolFor, type RenderedFrom, type RenderOptions } from './render.js';

export interface LoadInput {
  /** A display name for the input: a path, `<stdin>`, or the command that rendered it. */
  readonly file: string;
  readonly content: Buffer | string;
  /** Output of `helm template` or `kustomize build`: how to find each object's source file. */
  readonly rendered?: RenderedFrom;
}

/** The file system calls the walk makes; tests pass one that fails where they want it to. */
export interface FileSystem {
  stat(path: string): Stats;
  readdir(path: string): Dirent[];
  readFile(path: string): Buffer;
}

export const NODE_FILE_SYSTEM: FileSystem = {
  stat: (path) => statSync(path),
  readdir: (path) => readdirSync(path, { withFileTypes: true }),
  readFile: (path) => readFileSync(path),
};

export interface ReadOptions {
  readonly fs?: FileSystem;
  /** How to render Helm charts and kustomizations found in directories. */
  readonly render?: RenderOptions;
  /**
   * Paths another reader takes (node bundles, `*.flags` command lines): when it returns true the
   * path is neither read nor walked here, and counts as input.
   */
  readonly claim?: (path: string, isDirectory: boolean) => boolean;
}

export interface ReadResult {
  readonly inputs: LoadInput[];
  /** Errors and warnings: unreadable paths, paths that hold nothing to read. */
  readonly diagnostics: Diagnostic[];
}

/** The display name of standard input. */
export const STDIN = '<stdin>';

const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Expands files and directories (recursively, `.yaml`/`.yml`/`.json`, sorted for determinism)
 * into inputs. A file named explicitly is read whatever its extension, as kubectl does.
 *
 * Every real directory is walked once, identified by device and inode, so symbolic links that loop
 * (`loop/self -> ../loop`, `me -> .`) end the walk instead of hanging it; a symbolic link named on
 * the command line is followed like any path. A path that cannot be read (a permission, a broken
 * link) is one diagnostic naming it, and the walk goes on: nothing here throws on user input.
 */
export function readInputs(paths: readonly string[], readStdin: () => Buffer, options: ReadOptions = {}): ReadResult {
  const fs = options.fs ?? NODE_FILE_SYSTEM;
  const inputs: LoadInput[] = [];
  const diagnostics: Diagnostic[] = [];
  /** `dev:ino` of each directory walked and each file read. */
  const seen = new Set<string>();
  let claimed = 0;
  const unreadable = (file: string, what: string, e: unknown): void => {
    diagnostics.push({ severity: 'error', code: 'unreadable-file', file, message: `cannot read ${what}: ${errnoMessage(e)}` });
  };

  const visitDirectory = (path: string): void => {
    let entries: Dirent[];
    try {
      entries = fs.readdir(path);
    } catch (e) {
      unreadable(path, 'directory', e);
      return;
    }
    const tool = renderToolFor(entries.map((e) => e.name));
    if (tool) {
      // a chart's templates and a kustomization's patches are not manifests until rendered
      const rendered = renderDirectory(tool, path, options.render ?? {}, fs);
      if (rendered.input) inputs.push(rendered.input);
      diagnostics.push(...rendered.diagnostics);
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (options.claim?.(join(path, entry.name), entry.isDirectory())) {
        claimed++;
        continue;
      }
      if (entry.isDirectory() || entry.isSymbolicLink() || isManifestName(entry.name)) visit(join(path, entry.name), false);
    }
  };

  const readFile = (path: string): void => {
    try {
      inputs.push({ file: path, content: fs.readFile(path) });
    } catch (e) {
      unreadable(path, 'file', e);
    }
  };

  /** Returns false when the path was already read (through another path or a link). */
  const visit = (path: string, explicit: boolean): boolean => {
    let stat: Stats;
    try {
      stat = fs.stat(path);
    } catch (e) {
      // a dangling link inside a directory matters only where a manifest would have been
      if (explicit || isManifestName(path)) unreadable(path, explicit ? 'path' : 'file (a broken symbolic link?)', e);
      return true;
    }
    const isDirectory = stat.isDirectory();
    if (explicit && options.claim?.(path, isDirectory)) {
      claimed++;
      return true;
    }
    // inside a tree, only regular files: a named pipe would block the read forever
    if (!isDirectory && !explicit && (!stat.isFile() || !isManifestName(path))) return true;
    const id = `${stat.dev}:${stat.ino}`;
    if (seen.has(id)) return false; // a symbolic link back into the tree, or a path given twice
    seen.add(id);
    if (isDirectory) visitDirectory(path);
    else readFile(path);
    return true;
  };

  for (const p of paths) {
    const before = inputs.length + diagnostics.length + claimed;
    let fresh = true;
    if (p === '-') inputs.push({ file: STDIN, content: readStdin() });
    else fresh = visit(p, true);
    if (fresh && inputs.length + diagnostics.length + claimed === before) {
      diagnostics.push({ severity: 'error', code: 'no-input', file: p, message: 'no .yaml, .yml or .json files in this directory' });
    }
  }
  return { inputs, diagnostics };
}

function isManifestName(path: string): boolean {
  return MANIFEST_EXTENSIONS.has(extname(path).toLowerCase());
}

function errnoMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  if (err.code === 'ELOOP') return 'too many levels of symbolic links';
  return err.message ?? String(e);
}
