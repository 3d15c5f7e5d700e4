import { existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gunzipSync, constants as zlib } from 'node:zlib';
import { parseTar } from 'nanotar';
import type { Diagnostic } from '../diagnostics.js';
import type { LoadInput } from '../files.js';
import { Inventory } from '../inventory.js';
import { loadInventory } from '../load.js';
import type { InventoryObject } from '../object.js';
import { isComponentConfig } from '../../k8s/scope.js';
import { isRecord } from '../../k8s/types.js';
import { BUNDLE_FILES, BUNDLE_MANIFEST, NODE_BUNDLE_KIND } from './format.js';
import { readFlagsFile } from './flags-file.js';
import { setNodeOrigin } from './origin.js';

/** One entry of a bundle, by its path inside the bundle (`files/etc/...`, `kubelet.flags`). */
interface Entry {
  readonly name: string;
  /** What findings and diagnostics call it: a real path for directories, `bundle.tgz:name` for archives. */
  readonly display: string;
  readonly data: Buffer;
}

const ARCHIVE = /\.(tgz|tar\.gz)$/i;

/** A directory holding rampart-node.json. */
export function isBundleDirectory(path: string): boolean {
  return existsSync(join(path, BUNDLE_MANIFEST));
}

/**
 * A .tgz whose first entry is rampart-node.json (as `rampart node collect` writes it): decided from
 * the first kilobytes, so other archives in a scanned tree (Helm charts) cost almost nothing.
 */
export function isBundleArchive(path: string): boolean {
  if (!ARCHIVE.test(path)) return false;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(4096);
    const n = readSync(fd, head, 0, head.length, 0);
    const tar = gunzipSync(head.subarray(0, n), { finishFlush: zlib.Z_SYNC_FLUSH });
    const name = tar.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    return name === BUNDLE_MANIFEST || name === `./${BUNDLE_MANIFEST}`;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function entriesOfDirectory(root: string): Entry[] {
  const out: Entry[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push({ name: relative(root, full).split(sep).join('/'), display: full, data: readFileSync(full) });
    }
  };
  walk(root);
  return out;
}

function entriesOfArchive(path: string): Entry[] {
  const items = parseTar(gunzipSync(readFileSync(path)));
  return items
    .filter((i) => i.type === 'file' && i.data)
    .map((i) => {
      const name = i.name.replace(/^\.\//, '');
      return { name, display: `${path}:${name.startsWith(`${BUNDLE_FILES}/`) ? name.slice(BUNDLE_FILES.length) : name}`, data: Buffer.from(i.data!) };
    });
}

/**
 * Reads a node bundle (directory or .tgz) into inventory objects: the NodeBundle (file modes and
 * owners), the collected configuration files, and the components' command lines. Static pods are
 * named after the node as their mirror pods are (`kube-apiserver-cp-1`), component configs after
 * the node, so that several nodes' bundles can be scanned together; every object remembers the
 * node and the path it was read from (`nodeOrigin`).
 */
export function readNodeBundle(path: string, isDirectory: boolean): Inventory {
  let entries: Entry[];
  try {
    entries = isDirectory ? entriesOfDirectory(path) : entriesOfArchive(path);
  } catch (e) {
    return new Inventory([], [{ severity: 'error', code: 'unreadable-file', file: path, message: `cannot read the node bundle: ${(e as Error).message}` }]);
  }
  const manifestEntry = entries.find((e) => e.name === BUNDLE_MANIFEST);
  if (!manifestEntry) return new Inventory([], [{ severity: 'error', code: 'unreadable-file', file: path, message: `not a node bundle: no ${BUNDLE_MANIFEST}` }]);
  const manifest = loadInventory([{ file: manifestEntry.display, content: manifestEntry.data }]);
  const bundle = manifest.objects.find((o) => o.kind === NODE_BUNDLE_KIND);
  const diagnostics: Diagnostic[] = [...manifest.diagnostics];
  if (!bundle) {
    diagnostics.push({ severity: 'error', code: 'invalid-field', file: manifestEntry.display, message: `not a node bundle: ${BUNDLE_MANIFEST} holds no ${NODE_BUNDLE_KIND} object` });
    return new Inventory([], diagnostics);
  }
  const node = bundle.name;
  setNodeOrigin(bundle, { node, path: `/${BUNDLE_MANIFEST}` });
  const objects: InventoryObject[] = [bundle];

  const files = entries.filter((e) => e.name.startsWith(`${BUNDLE_FILES}/`));
  const nodePathOf = new Map(files.map((e) => [e.display, e.name.slice(BUNDLE_FILES.length)]));
  const inputs: LoadInput[] = files.map((e) => ({ file: e.display, content: e.data }));
  const content = loadInventory(inputs);
  diagnostics.push(...content.diagnostics);
  const used = new Set<string>();
  for (const o of content.objects) {
    const nodePath = nodePathOf.get(o.file) ?? o.file;
    let name = o.name;
    if (o.kind === 'Pod') name = `${o.name}-${node}`;
    else if (isComponentConfig(o.ref.apiVersion) && !hasOwnName(o)) name = node;
    const id = `${o.kind}/${o.namespace ?? ''}/${name}`;
    if (used.has(id)) name = `${name}-${basename(nodePath).replace(/\.(ya?ml|json)$/i, '')}`;
    used.add(`${o.kind}/${o.namespace ?? ''}/${name}`);
    const renamed = name === o.name ? o : o.renamed(name);
    setNodeOrigin(renamed, { node, path: nodePath });
    objects.push(renamed);
  }

  for (const e of entries.filter((x) => !x.name.includes('/') && x.name.endsWith('.flags'))) {
    const read = readFlagsFile(e.display, e.data.toString('utf8'), node);
    diagnostics.push(...read.diagnostics);
    if (read.object) {
      setNodeOrigin(read.object, { node, path: `/${e.name}` });
      objects.push(read.object);
    }
  }
  return new Inventory(objects, diagnostics);
}

/** Component configs carry no metadata in their schema; one written with a name keeps it. */
function hasOwnName(o: InventoryObject): boolean {
  // The loader names nameless component configs after their file: that name is not the file's own.
  return isRecord(o.object.metadata) && o.name !== basename(o.file).replace(/\.(ya?ml|json)$/i, '');
}

/**
 * The node inputs among the paths `rampart scan` reads: node bundles (directories or archives)
 * and `*.flags` command-line files. The file walk hands them over through `claim`; `load` reads them.
 */
export class NodeSources {
  private readonly bundles: { path: string; isDirectory: boolean }[] = [];
  private readonly flags: string[] = [];

  readonly claim = (path: string, isDirectory: boolean): boolean => {
    if (isDirectory) {
      if (!isBundleDirectory(path)) return false;
      this.bundles.push({ path, isDirectory: true });
      return true;
    }
    if (path.endsWith('.flags')) {
      this.flags.push(path);
      return true;
    }
    if (isBundleArchive(path)) {
      this.bundles.push({ path, isDirectory: false });
      return true;
    }
    return false;
  };

  load(): Inventory[] {
    const parts = this.bundles.map((b) => readNodeBundle(b.path, b.isDirectory));
    if (this.flags.length > 0) {
      const objects: InventoryObject[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const file of this.flags) {
        let text: string;
        try {
          text = readFileSync(file, 'utf8');
        } catch (e) {
          diagnostics.push({ severity: 'error', code: 'unreadable-file', file, message: `cannot read: ${(e as Error).message}` });
          continue;
        }
        const read = readFlagsFile(file, text);
        diagnostics.push(...read.diagnostics);
        if (read.object) objects.push(read.object);
      }
      parts.push(new Inventory(objects, diagnostics));
    }
    return parts;
  }
}
