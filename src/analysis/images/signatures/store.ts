import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TrustedKey } from './keys.js';
import { verifyBundle, verifySimpleSigning, type SignatureVerdict } from './verify.js';

/** Every digest the signatures directory has material for, with what each piece says. */
export interface SignatureStore {
  readonly dir: string;
  readonly byDigest: ReadonlyMap<string, readonly SignatureVerdict[]>;
  /** Files whose names follow none of the conventions (they are ignored). */
  readonly ignored: readonly string[];
}

const NAME = /^sha256-([0-9a-f]{64})\.(payload\.json|sig|sigstore\.json)$/;

/**
 * Reads `--signatures DIR` (recursively): for each signed digest, `sha256-<hex>.payload.json` with
 * `sha256-<hex>.sig`, and/or `sha256-<hex>.sigstore.json`. Material in different subdirectories is
 * kept apart, so several signers' signatures of one digest can sit side by side. Every piece is
 * verified here, once; unreadable files become "invalid" verdicts, never errors.
 */
export function readSignatures(dir: string, keys: readonly TrustedKey[]): SignatureStore {
  const groups = new Map<string, { digest: string; files: Map<string, string> }>();
  const ignored: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const m = NAME.exec(entry.name);
      if (!m) {
        if (!entry.name.startsWith('.')) ignored.push(relative(dir, path));
        continue;
      }
      const group = `${relative(dir, d)}\0${m[1]}`;
      let g = groups.get(group);
      if (!g) groups.set(group, (g = { digest: `sha256:${m[1]}`, files: new Map() }));
      g.files.set(m[2], path);
    }
  };
  walk(dir);
  const byDigest = new Map<string, SignatureVerdict[]>();
  for (const [, { digest, files }] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const verdicts: SignatureVerdict[] = [];
    const rel = (p: string) => relative(dir, p);
    const read = (p: string | undefined): Buffer | undefined => {
      if (p === undefined) return undefined;
      try {
        return readFileSync(p);
      } catch {
        return undefined;
      }
    };
    const payloadPath = files.get('payload.json');
    const sigPath = files.get('sig');
    const bundlePath = files.get('sigstore.json');
    const payload = read(payloadPath);
    if (sigPath !== undefined || (payloadPath !== undefined && bundlePath === undefined)) {
      const sig = read(sigPath);
      const used = [payloadPath, sigPath].filter((p): p is string => p !== undefined).map(rel);
      if (payload === undefined || sig === undefined) {
        verdicts.push({ status: 'invalid', format: 'simple-signing', files: used, reason: payloadPath === undefined ? 'a signature without the payload it signs (.payload.json)' : sigPath === undefined ? 'a payload without its signature (.sig)' : 'unreadable signature files' });
      } else verdicts.push(verifySimpleSigning(digest, payload, sig.toString('utf8'), keys, used));
    }
    if (bundlePath !== undefined) {
      const text = read(bundlePath);
      let json: unknown;
      try {
        json = text === undefined ? undefined : JSON.parse(text.toString('utf8'));
      } catch {
        json = undefined;
      }
      const used = [bundlePath, ...(payloadPath !== undefined && sigPath === undefined ? [payloadPath] : [])].map(rel);
      verdicts.push(json === undefined ? { status: 'invalid', format: 'sigstore-bundle', files: used, reason: 'the bundle is not JSON' } : verifyBundle(digest, json, payload, keys, used));
    }
    const list = byDigest.get(digest) ?? [];
    list.push(...verdicts);
    byDigest.set(digest, list);
  }
  return { dir, byDigest, ignored: ignored.sort() };
}
