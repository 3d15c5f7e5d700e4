import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './main.js';
import type { CliIo } from './io.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: root };
  return { code: await main(argv, io), out: () => out, err: () => err };
}

describe('--report-html beside another format', () => {
  it('writes the self-contained page, says where, and leaves stdout to the chosen format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-html-'));
    const r = await run(['scan', 'demo/', '-o', 'json', '--report-html', join(dir, 'report.html')]);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out());
    assert.match(r.err(), new RegExp(`HTML report written to ${join(dir, 'report.html')}`));
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/, 'no network request is allowed');
    assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)=/i, 'nothing loaded from elsewhere');
    const data = JSON.parse(/<script type="application\/json" id="rampart-data">([\s\S]*?)<\/script>/.exec(html)![1]);
    assert.equal(data.findings.length, json.findings.length);
    assert.deepEqual(data.summary.bySeverity, json.summary.bySeverity);
  });

  it('-o html prints the same page on stdout', async () => {
    const r = await run(['scan', 'demo/', '-o', 'html']);
    assert.match(r.out(), /^<!doctype html>[\s\S]*<\/html>\n$/);
  });

  it('a file that cannot be written is one line and exit 2', async () => {
    const r = await run(['scan', 'demo/', '-o', 'json', '--report-html', '/nonexistent-dir/report.html']);
    assert.equal(r.code, 2);
    assert.match(r.err(), /^rampart: cannot write the HTML report to \/nonexistent-dir\/report.html: ENOENT/m);
    assert.doesNotMatch(r.err(), /\n\s+at /);
  });
});
