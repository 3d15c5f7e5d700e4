import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';

/**
 * Every `rampart` / `npx rampart` command in a fenced block of the README runs against the bundled
 * demo, as a new user would paste it: a README example that fails is a bug (issue 13, item 9).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));

/** Example paths in the README that stand for the user's manifests: the demo plays them here. */
const PLACEHOLDER_INPUTS = new Set(['manifests/', 'k8s/', 'manifests', 'k8s', '.']);

/**
 * Commands of engines that are announced in the README before they land. Each must still be
 * unknown to the CLI: once its engine lands, this test fails until the entry is removed.
 */
const EXPECTED_TO_BE_ADDED: ReadonlyMap<string, string> = new Map([]);

/** Commands that cannot run against files (a live cluster, a server that keeps running), with why. */
const NOT_RUNNABLE_HERE: ReadonlyMap<string, string> = new Map([
  ['--context prod', 'reads a live cluster (tested against the API test double in test/live.test.ts)'],
  ['--snapshot cluster.json.gz', 'needs a snapshot taken from a live cluster (test/live.test.ts)'],
  ['--trusted-key cosign.pub', "needs the user's keys and signatures (test/demo.test.ts runs the demo's, src/cli/images.test.ts a fixture's)"],
  ['--sbom sboms/', "needs the user's SBOMs and OSV data (test/demo.test.ts runs the demo's, src/cli/images.test.ts a fixture's)"],
  ['--follow', 'follows a log until Ctrl-C (tested in src/cli/audit.test.ts across rotation and truncation)'],
  ['audit serve', 'a server that keeps running (tested over HTTPS in src/audit/receiver.test.ts, SIGTERM included)'],
  ['rampart probe', 'sends requests to hosts on the network (tested against loopback servers in src/probe/probe.test.ts)'],
]);

interface ReadmeCommand {
  readonly line: number;
  readonly text: string;
  /** The rampart arguments, after `rampart` or `npx rampart`. */
  readonly argv: string[];
  /** Standard input comes from another command (`kubectl get ... -o json |`). */
  readonly piped: boolean;
  /** Output redirected to a file (`> rampart.sarif`). */
  readonly redirect?: string;
}

/** Shell words, with quotes; enough for README one-liners. */
function words(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

/** Drops a trailing `# comment` that is not inside quotes. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i).trimEnd();
  }
  return line.trimEnd();
}

export function readmeCommands(markdown: string): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((raw, i) => {
    const open = /^\s*(```+|~~~+)\s*(\w*)/.exec(raw);
    if (open) {
      fence = fence === undefined ? open[2] || 'text' : undefined;
      return;
    }
    if (fence === undefined || !['sh', 'bash', 'shell', 'console', 'text'].includes(fence)) return;
    const line = stripComment(raw.replace(/^\s*\$\s+/, ''));
    const segments = line.split(/\s\|\s/);
    const at = segments.findIndex((s) => /^\s*(npx\s+)?rampart(\s|$)/.test(s));
    if (at === -1) return;
    let segment = segments[at].trim();
    let redirect: string | undefined;
    const out = /\s>\s*(\S+)\s*$/.exec(segment);
    if (out) {
      redirect = out[1];
      segment = segment.slice(0, out.index).trim();
    }
    const argv = words(segment);
    argv.splice(0, argv[0] === 'npx' ? 2 : 1);
    commands.push({ line: i + 1, text: line.trim(), argv, piped: at > 0, redirect });
  });
  return commands;
}

/** The demo as one multi-document YAML stream: what `kubectl get ... -o json |` would feed. */
function demoStream(): string {
  const docs: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      // node bundles are files from nodes, not what kubectl prints
      if (statSync(path).isDirectory()) {
        if (!existsSync(join(path, 'rampart-node.json'))) walk(path);
      }
      else if (/\.ya?ml$/.test(name)) docs.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'demo'));
  return docs.join('\n---\n');
}

async function run(argv: string[], stdin: string) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.from(stdin), env: {}, cwd: root };
  const code = await main(argv, io);
  return { code, out, err };
}

/** Placeholder inputs become the demo; output files go to a scratch directory. */
function localize(argv: readonly string[], scratch: string): string[] {
  return argv.map((a, i) => {
    if (PLACEHOLDER_INPUTS.has(a) && !a.startsWith('-')) return join(root, 'demo');
    if (/^--report-\w+$/.test(argv[i - 1] ?? '')) return join(scratch, a);
    return a;
  });
}

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const commands = readmeCommands(readme);

describe('README commands', () => {
  it('are found (the test cannot pass by finding none)', () => {
    assert.ok(commands.length >= 8, `only ${commands.length} rampart commands found in the README`);
    assert.ok(commands.some((c) => c.argv[0] === 'scan') && commands.some((c) => c.argv[0] === 'checks'));
  });

  it('every listed exception still matches a README line', () => {
    for (const key of [...EXPECTED_TO_BE_ADDED.keys(), ...NOT_RUNNABLE_HERE.keys()]) {
      assert.ok(commands.some((c) => c.text.includes(key)), `"${key}" is listed in readme.test.ts but no README command has it any more`);
    }
  });

  const scratch = mkdtempSync(join(tmpdir(), 'rampart-readme-'));
  for (const command of commands) {
    const later = [...EXPECTED_TO_BE_ADDED].find(([key]) => command.text.includes(key));
    const skip = [...NOT_RUNNABLE_HERE].find(([key]) => command.text.includes(key));
    // a command listed in NOT_RUNNABLE_HERE shows as skipped, with its reason, never as passed
    it(`README:${command.line}: ${command.text}`, { skip: skip ? skip[1] : false }, async () => {
      const argv = localize(command.argv, scratch);
      for (const a of argv) {
        if (!a.startsWith('-') && /[/.](ya?ml|json)$|\/$/.test(a) && !a.startsWith(scratch) && !existsSync(a)) {
          assert.fail(`README:${command.line} names "${a}", which is neither in the repository nor a placeholder this test knows (PLACEHOLDER_INPUTS)`);
        }
      }
      const r = await run(argv, command.piped ? demoStream() : '');
      if (later) {
        assert.equal(r.code, 2, `"${later[0]}" works now: remove it from EXPECTED_TO_BE_ADDED in test/readme.test.ts`);
        assert.match(r.err, /unknown command|too many arguments|unknown option/, `"${later[0]}" should fail only because it is not built yet (${later[1]}): ${r.err}`);
        return;
      }
      assert.ok(r.code === 0 || (r.code === 1 && argv.includes('--fail-on')), `exit ${r.code}: ${r.err.slice(0, 500)}`);
      assert.doesNotMatch(r.err, /error:|internal error/, r.err.slice(0, 500));
      assert.ok(r.out.length > 0 || command.redirect !== undefined, 'prints something');
      if (argv.includes('json') && argv[argv.indexOf('json') - 1] === '-o') JSON.parse(r.out);
    });
  }
});

describe('readmeCommands', () => {
  it('finds commands after a pipe, drops comments and redirections', () => {
    const found = readmeCommands('```sh\nkubectl get pods -o json | npx rampart scan -f -   # from stdin\nnpx rampart scan -f k8s/ -o sarif > out.sarif # x\necho "rampart" # no\n```\nrampart scan outside a fence\n');
    assert.deepEqual(
      found.map((c) => [c.line, c.argv, c.piped, c.redirect]),
      [
        [2, ['scan', '-f', '-'], true, undefined],
        [3, ['scan', '-f', 'k8s/', '-o', 'sarif'], false, 'out.sarif'],
      ],
    );
  });
});
