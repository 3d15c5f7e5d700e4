import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTar } from 'nanotar';
import type { CollectedBundle } from './collect.js';
import { BUNDLE_FILES, BUNDLE_MANIFEST } from './format.js';

/** The bundle's entries, rampart-node.json first (so a reader recognizes an archive from its first block). */
function entries(bundle: CollectedBundle): { name: string; data: Uint8Array }[] {
  const out: { name: string; data: Uint8Array }[] = [{ name: BUNDLE_MANIFEST, data: Buffer.from(JSON.stringify(bundle.document, null, 2) + '\n') }];
  for (const [name, text] of [...bundle.commandLines].sort(([a], [b]) => (a < b ? -1 : 1))) out.push({ name, data: Buffer.from(text) });
  for (const [path, data] of [...bundle.contents].sort(([a], [b]) => (a < b ? -1 : 1))) out.push({ name: `${BUNDLE_FILES}${path}`, data });
  return out;
}

/**
 * Writes a bundle as a .tgz (when `out` ends in .tgz or .tar.gz) or as a directory. Everything is
 * written owner-only (0600/0700): the bundle describes the node's security.
 */
export function writeBundle(bundle: CollectedBundle, out: string): 'archive' | 'directory' {
  if (/\.(tgz|tar\.gz)$/i.test(out)) {
    const mtime = Date.parse(bundle.document.collector.collectedAt);
    const tar = createTar(entries(bundle).map((e) => ({ name: e.name, data: e.data, attrs: { mode: '600', uid: 0, gid: 0, user: 'root', group: 'root', mtime } })));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, gzipSync(tar), { mode: 0o600 });
    return 'archive';
  }
  for (const e of entries(bundle)) {
    const file = join(out, e.name);
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(file, e.data, { mode: 0o600 });
  }
  return 'directory';
}
