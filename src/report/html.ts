import { readFileSync } from 'node:fs';
import type { ScanResult } from '../scan.js';
import { AREAS } from '../findings/finding.js';
import { compliance } from '../frameworks/compliance.js';
import { frameworks } from '../frameworks/catalogue.js';
import { VERSION } from '../version.js';
import { resultDocument } from './document.js';
import { collect, scriptJsonChunks, type Chunks } from './stream.js';
import { STYLE } from './html/style.js';
import { count } from './text.js';

/**
 * `-o html` and `--report-html FILE`: one self-contained page (styles, script and data inline;
 * a Content-Security-Policy that forbids every network request), with the summary, scores per
 * framework and area, charts, the findings filterable by severity, area, namespace, check and
 * text, each with its full detail, the input diagnostics, and a section for every analysis the
 * result carries (RBAC paths, network map, audit alerts). The page script is
 * src/report/html/client.ts; the data is the JSON contract (./document.ts) plus what the page
 * shows beside it.
 */
export function htmlReport(result: ScanResult): Chunks {
  return htmlPage(htmlData(result));
}

/** The page around its data (see `htmlData`); other sections of the data render generically. */
export function* htmlPage(data: Record<string, unknown>): Chunks {
  const summary = data.summary as { findings: number; objects: number };
  const title = `Rampart report: ${count(summary.findings, 'finding')} in ${count(summary.objects, 'object')}`;
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="Rampart ${VERSION}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#findings">Skip to the findings</a>
<header class="top"><h1>Rampart report</h1><span class="meta" id="meta"></span></header>
<nav class="toc" id="toc" aria-label="Sections"></nav>
<main id="main"><noscript><p>This report shows its findings with JavaScript; the same data is in <code>rampart scan -o json</code>.</p></noscript></main>
<footer class="bottom">Rampart ${VERSION}. This page is self-contained: it opens without network access.</footer>
<script type="application/json" id="rampart-data">`;
  yield* scriptJsonChunks(data);
  yield `</script>
<script type="module">
${clientScript()}
</script>
</body>
</html>
`;
}

export function renderHtml(result: ScanResult): string {
  return collect(htmlReport(result));
}

/** What the page reads: the JSON contract, with scores, area titles and reference titles beside it. */
export function htmlData(result: ScanResult): Record<string, unknown> {
  const { findings, ...document } = resultDocument(result);
  const scores = 'frameworks' in document ? undefined : compliance(result.runs, result.findings);
  return {
    report: { tool: 'Rampart', version: VERSION, areas: Object.fromEntries(Object.entries(AREAS).map(([id, a]) => [id, a.title])), referenceTitles: referenceTitles(result) },
    ...(scores ? { compliance: scores } : {}),
    ...document,
    findings,
  };
}

/** "mitre:T1611" → "Escape to Host", for the references of the checks that ran. */
function referenceTitles(result: ScanResult): Record<string, string> {
  const wanted = new Set<string>();
  for (const run of result.runs) {
    for (const [framework, ids] of Object.entries(run.references)) if (Array.isArray(ids)) for (const id of ids) wanted.add(`${framework}:${id}`);
  }
  const titles: Record<string, string> = {};
  for (const framework of frameworks()) {
    for (const control of framework.controls()) {
      const key = `${framework.id}:${control.id}`;
      if (wanted.has(key)) titles[key] = control.title;
    }
  }
  return titles;
}

let client: string | undefined;

/** The compiled page script (dist/src/report/html/client.js), read once, when a report is written. */
function clientScript(): string {
  client ??= readFileSync(new URL('./html/client.js', import.meta.url), 'utf8')
    .replace(/^\/\/# sourceMappingURL=.*$/m, '')
    .replace(/^export \{\};$/m, '')
    .replaceAll('</script', '<\\/script');
  return client;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
