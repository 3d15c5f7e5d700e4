/**
 * Stand-in `helm` and `kustomize` commands for tests: small scripts put on PATH that print
 * pre-rendered output for known directories, so the tests need neither tool installed (and never
 * reach a `kubectl` that happens to be on the machine: PATH holds only these). They are stand-ins,
 * not the tools: what they print was rendered by hand following Helm's rules (`# Source:`
 * comments) or recorded from `kubectl kustomize` (kustomize v5.5.0) with origin annotations.
 *
 * helm:      `helm template DIR [--values F] [--set K=V]` prints OUTPUT[DIR], then a ConfigMap
 *            `helm-args` whose data holds the extra arguments, so tests see what was passed.
 * kustomize: `kustomize build DIR` where DIR is the wrapper kustomization Rampart writes
 *            (`resources: [TARGET]`, `buildMetadata: [originAnnotations]`): prints OUTPUT[TARGET]
 *            with `{{ROOT}}` replaced by TARGET as the wrapper names it, as kustomize writes
 *            origin paths relative to the kustomization it builds.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StandIns {
  /** Rendered output by chart directory. */
  readonly helm?: Readonly<Record<string, string>>;
  /** Rendered output by kustomization directory; origin paths start with `{{ROOT}}`. */
  readonly kustomize?: Readonly<Record<string, string>>;
}

/** A directory holding the requested stand-ins, to use as the whole PATH. */
export function standInPath(tools: StandIns): string {
  const bin = mkdtempSync(join(tmpdir(), 'rampart-standins-'));
  const script = (body: string, data: Readonly<Record<string, string>>) =>
    `#!${process.execPath}\n// stand-in for tests: see test/standins/tools.ts\nconst path = require('node:path');\nconst fs = require('node:fs');\nconst OUTPUT = ${JSON.stringify(Object.fromEntries(Object.entries(data).map(([k, v]) => [resolve(k), v])))};\nconst args = process.argv.slice(2);\n${body}\n`;
  if (tools.helm) {
    writeFileSync(
      join(bin, 'helm'),
      script(
        `if (args[0] !== 'template') { console.error('stand-in helm: only template'); process.exit(1); }
const out = OUTPUT[path.resolve(args[1])];
if (out === undefined) { console.error('Error: stand-in helm knows no chart at ' + args[1]); process.exit(1); }
process.stdout.write(out);
const extra = args.slice(2);
if (extra.length > 0) process.stdout.write('---\\n# Source: stand-in/args.yaml\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: helm-args\\ndata:\\n  args: ' + JSON.stringify(JSON.stringify(extra)) + '\\n');`,
        tools.helm,
      ),
    );
    chmodSync(join(bin, 'helm'), 0o755);
  }
  if (tools.kustomize) {
    writeFileSync(
      join(bin, 'kustomize'),
      script(
        `if (args[0] !== 'build') { console.error('stand-in kustomize: only build'); process.exit(1); }
const dir = path.resolve(args[1]);
const k = fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8');
const target = JSON.parse(/^- (.+)$/m.exec(k)[1]);
const out = OUTPUT[path.resolve(dir, target)];
if (out === undefined) { console.error('Error: stand-in kustomize knows no kustomization at ' + target); process.exit(1); }
process.stdout.write(out.split('{{ROOT}}').join(target));`,
        tools.kustomize,
      ),
    );
    chmodSync(join(bin, 'kustomize'), 0o755);
  }
  return bin;
}
