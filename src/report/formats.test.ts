import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadInventory } from '../inventory/load.js';
import { scan } from '../scan.js';
import { goldenResult, golden, GOLDEN_CHECKS } from './testing.js';
import { renderMarkdown } from './markdown.js';
import { renderJunit } from './junit.js';
import { renderCsv } from './csv.js';

/** RFC 4180, for reading the CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

/** Tags open and close in order; attributes are quoted; no raw < or & in text. */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
  const re = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/g;
  let at = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    assert.equal(m.index, at, `unparseable XML near: ${body.slice(at, at + 80)}`);
    at = re.lastIndex;
    if (m[5] !== undefined) {
      assert.doesNotMatch(m[5], /&(?!amp;|lt;|gt;|quot;|#\d+;)/, 'a bare & in text');
      continue;
    }
    if (m[4]) continue;
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element`);
    else stack.push(m[2]);
  }
  assert.equal(at, body.length, 'the whole document parses');
  assert.deepEqual(stack, [], 'every element is closed');
}

describe('markdown, junit and csv (golden output)', () => {
  it('markdown', () => golden('expected.md', renderMarkdown(goldenResult())));
  it('junit', () => golden('expected.junit.xml', renderJunit(goldenResult())));
  it('csv', () => golden('expected.csv', renderCsv(goldenResult())));
});

describe('markdown for pull-request comments', () => {
  function big(pods: number) {
    const docs = Array.from({ length: pods }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  namespace: ns${i % 7}\nspec:\n  hostPID: true\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      privileged: true\n`);
    return scan(loadInventory([{ file: 'big.yaml', content: docs.join('---\n') }]), { registry: GOLDEN_CHECKS });
  }

  it('stays within the comment limit and counts what it leaves out', () => {
    const result = big(600);
    for (const limit of [65_536, 20_000, 3_000]) {
      const text = renderMarkdown(result, { maxLength: limit });
      assert.ok(text.length <= limit, `${text.length} > ${limit}`);
      const shown = (text.match(/^\| (🔴|🟠|🟡|🔵|⚪) \|/gmu) ?? []).length;
      const hidden = Number(/\*\*([\d,]+) more findings?/.exec(text)?.[1].replace(/,/g, '') ?? '0');
      const inTables = [...text.matchAll(/… and ([\d,]+) more findings? in this namespace/g)].reduce((n, m) => n + Number(m[1].replace(/,/g, '')), 0);
      assert.equal(shown + hidden, result.findings.length, `limit ${limit}: ${shown} shown + ${hidden} hidden`);
      assert.ok(inTables <= hidden);
      assert.equal((text.match(/<details>/g) ?? []).length, (text.match(/<\/details>/g) ?? []).length, 'no section cut open');
    }
  });

  it('shows everything when it fits', () => {
    const text = renderMarkdown(big(10));
    assert.doesNotMatch(text, /not shown/);
    assert.equal((text.match(/^\| (🔴|🟠) \|/gmu) ?? []).length, 20);
  });

  it('escapes what would become markup', () => {
    const text = renderMarkdown(goldenResult());
    assert.match(text, /container "a,b "quoted" &lt;x&gt; & y"/);
    assert.doesNotMatch(text, /<x>/);
  });
});

describe('junit', () => {
  it('is well-formed XML with one failed case per check and resource, and counts that add up', () => {
    const xml = renderJunit(goldenResult());
    assertWellFormedXml(xml);
    const cases = xml.match(/<testcase /g)?.length ?? 0;
    const failures = xml.match(/<failure /g)?.length ?? 0;
    const total = /<testsuites [^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)"/.exec(xml)!;
    assert.equal(Number(total[1]), cases);
    assert.equal(Number(total[2]), failures);
    assert.equal(failures, 4, 'test.host-pid on 2 pods, test.privileged on 1 deployment, test.namespace-label on 1 namespace');
    assert.equal(Number(total[3]), 1, 'the broken document is an error');
    assert.match(xml, /<testcase classname="test.privileged" name="Deployment\/shop\/api" file="test\/fixtures\/golden\/cluster.yaml">/);
  });

  it('passes a check without findings, and skips one that had nothing to examine', () => {
    const xml = renderJunit(scan(loadInventory([{ file: 'a.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: n}\n' }]), { registry: GOLDEN_CHECKS }));
    assertWellFormedXml(xml);
    assert.equal(xml.match(/<failure /g), null);
    assert.match(xml, /<testcase classname="test.privileged" name="no findings: Privileged container"\/>/);
  });
});

describe('csv', () => {
  it('reads back field for field, one row per finding, quotes and commas included', () => {
    const result = goldenResult();
    const rows = parseCsv(renderCsv(result));
    assert.equal(rows.length, result.findings.length + 1);
    const header = rows[0];
    const worker = rows.find((r) => r[header.indexOf('name')] === 'worker')!;
    assert.match(worker[header.indexOf('message')], /container "a,b "quoted" <x> & y"/);
    assert.equal(worker[header.indexOf('line')], '40');
    assert.equal(worker[header.indexOf('context')], 'admitted today: namespace "shop" enforces privileged');
    assert.equal(worker[header.indexOf('remediation')], 'Remove `hostPID`.');
  });

  it('defuses formulas', () => {
    const inventory = loadInventory([{ file: 'f.yaml', content: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: "x"}\n' }]);
    const result = scan(inventory, { registry: GOLDEN_CHECKS });
    const evil = { ...result, findings: result.findings.map((f) => ({ ...f, message: '=HYPERLINK("http://evil")' })) };
    assert.match(renderCsv(evil), /,"'=HYPERLINK\(""http:\/\/evil""\)",/);
  });
});
