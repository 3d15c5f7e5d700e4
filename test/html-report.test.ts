import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';
import { collect } from '../src/report/stream.js';
import { htmlPage, htmlData } from '../src/report/html.js';
import { loadInventory } from '../src/inventory/load.js';
import { scan } from '../src/scan.js';
import { GOLDEN_CHECKS } from '../src/report/testing.js';

/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core (`.ci/run`
 * installs it). Without chromium these tests are skipped with the reason on a developer's machine,
 * and fail in CI, where a skip would hide a broken report.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = join(root, 'dist', 'test-artifacts');
const missing = existsSync(CHROMIUM) ? undefined : `chromium is not installed at ${CHROMIUM} (apt-get install -y chromium, as .ci/run does)`;
if (missing && process.env.CI) throw new Error(`browser tests cannot run in CI: ${missing}`);
if (missing) process.stderr.write(`html-report.test: SKIPPED, ${missing}\n`);

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, readStdin: () => Buffer.alloc(0), env: {}, cwd: root };
  const code = await main(argv, io);
  return { code, out, err };
}

let browser: Browser | undefined;
const errors: string[] = [];

async function open(html: string, name: string): Promise<Page> {
  mkdirSync(artifacts, { recursive: true });
  const file = join(artifacts, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${name}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${name}: ${String(e)}`));
  // a request of any kind would mean the report is not self-contained
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) errors.push(`${name}: network request to ${r.url()}`);
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return page;
}

const countText = (page: Page) => page.locator('#finding-count').innerText();
const shownRows = (page: Page) => page.locator('#findings-table tbody tr[data-index]').count();

describe('the HTML report in a browser', { skip: missing }, () => {
  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the demo with the counts of the JSON output; filters, opens a finding, works with the keyboard, logs no error', async (t) => {
    const html = await cli(['scan', 'demo/', '-o', 'html']);
    const json = JSON.parse((await cli(['scan', 'demo/', '-o', 'json'])).out);
    assert.equal(html.code, 0);
    const page = await open(html.out, 'demo');

    // counts match the JSON output
    assert.equal(await page.locator('[data-testid=total-findings]').innerText(), String(json.summary.findings));
    for (const [severity, n] of Object.entries(json.summary.bySeverity)) assert.equal(await page.locator(`[data-severity-count=${severity}]`).innerText(), String(n), severity);
    assert.match(await countText(page), new RegExp(`^${json.summary.findings} findings; showing 1–50`));
    assert.equal(await shownRows(page), 50, 'a page at a time');

    // filters: severity, namespace, text, area, check; each count as the JSON says
    const expect = (keep: (f: { severity: string; checkId: string; message: string; resource: { namespace?: string; name: string; kind: string } }) => boolean) => json.findings.filter(keep).length;
    await page.click('.chip[data-severity=critical]');
    assert.match(await countText(page), new RegExp(`^${expect((f) => f.severity === 'critical')} findings? of ${json.summary.findings} match`));
    await page.click('.chip[data-severity=critical]');
    await page.selectOption('#f-namespace', 'shop');
    const inShop = expect((f) => f.resource.namespace === 'shop' || (f.resource.kind === 'Namespace' && f.resource.name === 'shop'));
    assert.match(await countText(page), new RegExp(`^${inShop} findings of`));
    const netdebug = json.findings.find((f: { resource: { name: string } }) => f.resource.name === 'netdebug');
    await page.fill('#q', `netdebug ${netdebug.fingerprint}`);
    await page.waitForFunction(() => document.querySelector('#finding-count')!.textContent!.startsWith('1 finding of'));
    await page.fill('#q', '');
    await page.click('#clear');
    await page.selectOption('#f-area', 'supply-chain');
    const supply = expect((f) => json.checks[f.checkId].references.area === 'supply-chain');
    assert.match(await countText(page), new RegExp(`^${supply} findings of`));
    await page.selectOption('#f-check', 'images.latest-tag');
    assert.match(await countText(page), new RegExp(`^${expect((f) => f.checkId === 'images.latest-tag')} findings? of`));
    assert.ok(page.url().includes('check=images.latest-tag'), 'the filters are in the URL, so a view can be shared');
    await page.click('#clear');
    assert.match(await countText(page), new RegExp(`^${json.summary.findings} findings; showing`));

    // open a finding: its full detail, remediation and references
    const first = json.findings[0];
    await page.click('#findings-table tbody tr[data-index="0"] button.open');
    const dialog = page.locator('dialog#detail');
    assert.ok(await dialog.isVisible());
    assert.equal(await dialog.locator('[data-testid=detail-message]').innerText(), first.message);
    const detail = await dialog.innerText();
    assert.ok(detail.includes(first.location.file), 'location');
    assert.ok(detail.includes(first.fingerprint), 'fingerprint');
    assert.match(detail, /HOW TO FIX/i);
    assert.match(detail, /REFERENCES/i);
    await page.keyboard.press('Escape');
    assert.ok(!(await dialog.isVisible()), 'Esc closes it');

    // keyboard: / to search, arrows between findings, Enter to open
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    await page.keyboard.press('Tab');
    await page.locator('#findings-table tbody button.open').first().focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement).closest('tr')?.getAttribute('data-index')), '1');
    await page.keyboard.press('Enter');
    assert.ok(await dialog.isVisible(), 'Enter opens the focused finding');
    assert.equal(await dialog.locator('[data-testid=detail-message]').innerText(), json.findings[1].message);
    await page.keyboard.press('Escape');

    // next page
    await page.click('#next');
    assert.match(await countText(page), /showing 51–100\./);

    await page.screenshot({ path: join(artifacts, 'demo.png'), fullPage: false });
    await page.close();
    assert.deepEqual(errors, []);
    t.diagnostic(`screenshot: ${join(artifacts, 'demo.png')}`);
  });

  it('stays a page at a time with 10,000 findings, and filters them', async () => {
    const pods = Array.from({ length: 5000 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: ns${i % 40}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      privileged: true\n`);
    const result = scan(loadInventory([{ file: 'many.yaml', content: pods.join('---\n') }]), { registry: GOLDEN_CHECKS });
    assert.equal(result.findings.length, 10_000);
    const page = await open(collect(htmlPage(htmlData(result))), 'ten-thousand');
    assert.match(await countText(page), /^10,000 findings; showing 1–50\./);
    assert.equal(await shownRows(page), 50);
    await page.selectOption('#f-namespace', 'ns7');
    assert.match(await countText(page), /^250 findings of 10,000 match/);
    await page.fill('#q', 'p1007');
    await page.waitForFunction(() => /^\d+ findings? of/.test(document.querySelector('#finding-count')!.textContent!) && !document.querySelector('#finding-count')!.textContent!.startsWith('250'));
    assert.match(await countText(page), /^2 findings of 10,000 match/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('renders what the input could not give as diagnostics, and text from the input as text', async () => {
    const result = scan(loadInventory([{ file: 'x.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata: {name: "</script><img src=x onerror=alert(1)>", namespace: a}\nspec:\n  hostPID: true\n  containers: [{name: c, image: x}]\n---\nkind: [oops\n' }]), { registry: GOLDEN_CHECKS });
    const page = await open(collect(htmlPage(htmlData(result))), 'diagnostics');
    assert.equal(await page.locator('img').count(), 0, 'no markup from the input');
    assert.ok((await page.locator('#findings-table').innerText()).includes('</script><img src=x onerror=alert(1)>'));
    assert.match(await page.locator('#diagnostics').innerText(), /x\.yaml:8/);
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('has a section for each analysis the result carries, and none for those it does not', async () => {
    const result = scan(loadInventory([{ file: 'a.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' }]), { registry: GOLDEN_CHECKS });
    const plain = await open(collect(htmlPage(htmlData(result))), 'no-sections');
    assert.deepEqual(await plain.locator('nav.toc a').allInnerTexts(), ['Summary', 'Findings', 'Checks run (3)']);
    await plain.close();
    const data = {
      ...htmlData(result),
      escalationPaths: [{ subject: 'ServiceAccount/ci/deployer', steps: ['create pods', 'mount secrets'], reaches: 'cluster-admin' }],
      alerts: [{ rule: 'exec-into-pod', user: 'alice', time: '2026-11-24T10:00:00Z' }],
    };
    const page = await open(collect(htmlPage(data)), 'sections');
    assert.deepEqual(await page.locator('nav.toc a').allInnerTexts(), ['Summary', 'Findings', 'RBAC escalation paths', 'Audit alerts', 'Checks run (3)']);
    assert.match(await page.locator('[data-section-key=escalationPaths]').innerText(), /ServiceAccount\/ci\/deployer[\s\S]*create pods, mount secrets[\s\S]*cluster-admin/);
    await page.close();
    assert.deepEqual(errors, []);
  });
});
