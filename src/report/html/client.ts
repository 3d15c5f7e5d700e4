/**
 * The HTML report's page script, inlined into the report (src/report/html.ts): no imports, no
 * network. It reads the scan result embedded in the page, draws the summary, and shows the findings
 * a page at a time, filtered by severity, area, namespace, check and text, so that tens of
 * thousands of findings stay responsive. Every section renders from the data the result carries and
 * is left out when the data is absent.
 */

type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const PAGE = 50;

interface Refs {
  readonly area?: string;
  readonly cis?: readonly string[];
  readonly nsa?: readonly string[];
  readonly mitre?: readonly string[];
  readonly microsoft?: readonly string[];
  readonly kcsa?: readonly string[];
  readonly docs?: readonly string[];
}

interface CheckInfo {
  readonly title: string;
  readonly severity: Severity;
  readonly rationale: string;
  readonly remediation: string;
  readonly references: Refs;
}

interface Finding {
  readonly checkId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly context?: string;
  readonly resource: { readonly apiVersion: string; readonly kind: string; readonly namespace?: string; readonly name: string };
  readonly location?: { readonly file: string; readonly line: number; readonly column: number; readonly path: string };
  readonly evidence: Record<string, unknown>;
  readonly remediation?: string;
  readonly fingerprint: string;
  readonly waived?: { readonly justification: string; readonly owner?: string; readonly expires?: string };
  readonly baseline?: 'new' | 'unchanged';
}

interface Diagnostic {
  readonly severity: string;
  readonly code: string;
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

interface ControlResult {
  readonly id: string;
  readonly title: string;
  readonly group?: string;
  readonly status: 'pass' | 'fail' | 'manual' | 'not-applicable';
  readonly checks: readonly string[];
  readonly findings: number;
}

interface FrameworkResult {
  readonly id: string;
  readonly title?: string;
  readonly version: string;
  readonly score: number | null;
  readonly counts?: Record<string, number>;
  readonly controls: readonly ControlResult[];
}

interface AreaResult {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly findings: number;
}

interface ReportData {
  readonly report: { readonly tool: string; readonly version: string; readonly areas: Record<string, string>; readonly referenceTitles: Record<string, string> };
  readonly summary: { readonly objects: number; readonly checks: number; readonly findings: number; readonly bySeverity: Record<Severity, number>; readonly diagnostics: number };
  readonly compliance?: { readonly frameworks: readonly FrameworkResult[]; readonly areas: readonly AreaResult[] };
  readonly frameworks?: readonly FrameworkResult[];
  readonly areas?: readonly AreaResult[];
  readonly checks: Record<string, CheckInfo>;
  readonly diagnostics: readonly Diagnostic[];
  readonly findings: readonly Finding[];
  readonly [section: string]: unknown;
}

/** Keys of the result that the page draws itself; any other key is an analysis's section. */
const CORE = new Set(['schemaVersion', 'report', 'summary', 'compliance', 'frameworks', 'areas', 'checks', 'diagnostics', 'findings']);

/** Titles for the sections other engines add to the result (RBAC, network, audit), by key. */
const SECTION_TITLES: Record<string, string> = {
  escalationPaths: 'RBAC escalation paths',
  rbac: 'RBAC escalation paths',
  attackPaths: 'Attack paths',
  networkMap: 'Network map',
  network: 'Network map',
  reachability: 'Network map',
  alerts: 'Audit alerts',
  audit: 'Audit alerts',
  fixed: 'Fixed since the baseline',
};

// ---------- small DOM helpers ----------

type Child = Node | string | number | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | boolean | undefined> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

const svgNs = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const el = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

const nf = new Intl.NumberFormat('en-US');
function plural(n: number, word: string, words = `${word}s`): string {
  return `${nf.format(n)} ${n === 1 ? word : words}`;
}

/** A little Markdown, safely: paragraphs, lists, fenced code, inline code, bold, http(s) links. */
function markdown(text: string): HTMLElement {
  const root = h('div', { class: 'md' });
  const blocks = text.split(/\n(?=```)|(?<=```)\n/);
  let inCode = false;
  let code: string[] = [];
  let para: string[] = [];
  let list: HTMLUListElement | null = null;
  const flushPara = () => {
    if (para.length) root.append(inline(h('p'), para.join(' ')));
    para = [];
  };
  for (const line of blocks.join('\n').split('\n')) {
    if (line.startsWith('```')) {
      if (inCode) {
        root.append(h('pre', {}, h('code', {}, code.join('\n'))));
        code = [];
      } else {
        flushPara();
        list = null;
      }
      inCode = !inCode;
      continue;
    }
    if (inCode) code.push(line);
    else if (/^\s*[-*] /.test(line)) {
      flushPara();
      if (!list) root.append((list = h('ul')));
      list.append(inline(h('li'), line.replace(/^\s*[-*] /, '')));
    } else if (line.trim() === '') {
      flushPara();
      list = null;
    } else {
      list = null;
      para.push(line);
    }
  }
  if (inCode) root.append(h('pre', {}, h('code', {}, code.join('\n'))));
  flushPara();
  return root;
}

function inline<T extends HTMLElement>(el: T, text: string): T {
  const re = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    el.append(text.slice(at, m.index));
    if (m[1] !== undefined) el.append(h('code', {}, m[1]));
    else if (m[2] !== undefined) el.append(h('strong', {}, m[2]));
    else el.append(h('a', { href: m[4], rel: 'noopener noreferrer', target: '_blank' }, m[3]));
    at = re.lastIndex;
  }
  el.append(text.slice(at));
  return el;
}

// ---------- data ----------

const data = JSON.parse(document.getElementById('rampart-data')!.textContent!) as ReportData;
const findings = data.findings;
const checks = data.checks;
const areaTitle = (a: string) => data.report.areas[a] ?? a;
const areaOf = (f: Finding) => checks[f.checkId]?.references.area ?? 'other';
const namespaceOf = (f: Finding) => f.resource.namespace ?? (f.resource.kind === 'Namespace' ? f.resource.name : '(cluster-scoped)');
const resourceName = (f: Finding) => (f.resource.namespace !== undefined ? `${f.resource.kind}/${f.resource.namespace}/${f.resource.name}` : `${f.resource.kind}/${f.resource.name}`);
const rank = (s: Severity) => SEVERITIES.length - SEVERITIES.indexOf(s);
/** Lower-cased text each finding is searched in, computed once. */
const haystack = findings.map((f) => `${f.checkId} ${checks[f.checkId]?.title ?? ''} ${f.message} ${f.context ?? ''} ${resourceName(f)} ${f.location?.file ?? ''} ${f.fingerprint} ${JSON.stringify(f.evidence)}`.toLowerCase());

interface Filters {
  text: string;
  severities: Set<Severity>;
  area: string;
  namespace: string;
  check: string;
  waived: 'show' | 'hide';
  onlyNew: boolean;
  sort: 'severity' | 'check' | 'resource' | 'location';
  page: number;
}

const state: Filters = { text: '', severities: new Set(), area: '', namespace: '', check: '', waived: 'show', onlyNew: false, sort: 'severity', page: 0 };
let visible: number[] = [];

function applyFilters(): void {
  const text = state.text.trim().toLowerCase();
  const words = text ? text.split(/\s+/) : [];
  const out: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (state.severities.size && !state.severities.has(f.severity)) continue;
    if (state.area && areaOf(f) !== state.area) continue;
    if (state.namespace && namespaceOf(f) !== state.namespace) continue;
    if (state.check && f.checkId !== state.check) continue;
    if (state.waived === 'hide' && f.waived) continue;
    if (state.onlyNew && f.baseline !== 'new') continue;
    if (words.length && !words.every((w) => haystack[i].includes(w))) continue;
    out.push(i);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  if (state.sort === 'check') out.sort((a, b) => cmp(findings[a].checkId, findings[b].checkId) || a - b);
  else if (state.sort === 'resource') out.sort((a, b) => cmp(resourceName(findings[a]), resourceName(findings[b])) || a - b);
  else if (state.sort === 'location') out.sort((a, b) => cmp(findings[a].location?.file ?? '', findings[b].location?.file ?? '') || (findings[a].location?.line ?? 0) - (findings[b].location?.line ?? 0) || a - b);
  else out.sort((a, b) => rank(findings[b].severity) - rank(findings[a].severity) || a - b);
  visible = out;
}

// ---------- URL state, so that a filtered view can be shared ----------

function saveHash(): void {
  const p = new URLSearchParams();
  if (state.text) p.set('q', state.text);
  if (state.severities.size) p.set('severity', [...state.severities].join(','));
  if (state.area) p.set('area', state.area);
  if (state.namespace) p.set('namespace', state.namespace);
  if (state.check) p.set('check', state.check);
  if (state.waived === 'hide') p.set('waived', 'hide');
  if (state.onlyNew) p.set('new', '1');
  if (state.sort !== 'severity') p.set('sort', state.sort);
  if (state.page) p.set('page', String(state.page + 1));
  const hash = p.toString();
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

function loadHash(): void {
  const p = new URLSearchParams(location.hash.slice(1));
  state.text = p.get('q') ?? '';
  state.severities = new Set((p.get('severity') ?? '').split(',').filter((s): s is Severity => (SEVERITIES as readonly string[]).includes(s)));
  state.area = p.get('area') ?? '';
  state.namespace = p.get('namespace') ?? '';
  state.check = p.get('check') ?? '';
  state.waived = p.get('waived') === 'hide' ? 'hide' : 'show';
  state.onlyNew = p.get('new') === '1';
  const sort = p.get('sort');
  state.sort = sort === 'check' || sort === 'resource' || sort === 'location' ? sort : 'severity';
  state.page = Math.max(0, Number(p.get('page') ?? '1') - 1 || 0);
}

// ---------- page ----------

const main = document.getElementById('main')!;
const nav = document.getElementById('toc')!;

/** The page's sections; the table of contents scrolls to them (the URL's fragment holds the filters). */
function section(id: string, title: string, ...body: (Child | Child[])[]): HTMLElement {
  const link = h('a', { href: `#${id}`, 'data-section': id }, title);
  link.addEventListener('click', (e) => {
    e.preventDefault();
    goTo(id);
  });
  nav.append(link);
  const el = h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h`, tabindex: -1 }, title), ...body);
  main.append(el);
  return el;
}

function goTo(id: string): void {
  const heading = document.getElementById(`${id}-h`);
  heading?.scrollIntoView();
  heading?.focus({ preventScroll: true });
}

function severityCards(): HTMLElement {
  const cards = h('div', { class: 'cards', role: 'group', 'aria-label': 'Findings by severity (select to filter)' });
  cards.append(h('div', { class: 'card total' }, h('span', { class: 'n', 'data-testid': 'total-findings' }, nf.format(data.summary.findings)), h('span', { class: 'l' }, data.summary.findings === 1 ? 'finding' : 'findings')));
  for (const sev of SEVERITIES) {
    const b = h(
      'button',
      { class: `card sev-${sev}`, type: 'button', 'aria-pressed': 'false', 'data-severity-card': sev, title: `Show only ${sev} findings` },
      h('span', { class: 'n', 'data-severity-count': sev }, nf.format(data.summary.bySeverity[sev] ?? 0)),
      h('span', { class: 'l' }, sev),
    );
    b.addEventListener('click', () => {
      toggleSeverity(sev);
      goTo('findings');
    });
    cards.append(b);
  }
  return cards;
}

function donut(): HTMLElement {
  const total = SEVERITIES.reduce((n, s) => n + (data.summary.bySeverity[s] ?? 0), 0);
  const root = svg('svg', { viewBox: '0 0 42 42', width: 120, height: 120, role: 'img', 'aria-label': `Findings by severity: ${SEVERITIES.map((s) => `${data.summary.bySeverity[s] ?? 0} ${s}`).join(', ')}` });
  root.append(svg('circle', { cx: 21, cy: 21, r: 15.915, fill: 'none', stroke: 'var(--line)', 'stroke-width': 6 }));
  let offset = 25;
  for (const s of SEVERITIES) {
    const n = data.summary.bySeverity[s] ?? 0;
    if (!n) continue;
    const pct = (100 * n) / total;
    root.append(svg('circle', { cx: 21, cy: 21, r: 15.915, fill: 'none', stroke: `var(--${s})`, 'stroke-width': 6, 'stroke-dasharray': `${pct} ${100 - pct}`, 'stroke-dashoffset': offset }));
    offset -= pct;
  }
  const label = svg('text', { x: 21, y: 23.5, 'text-anchor': 'middle', 'font-size': 7, fill: 'currentColor', 'font-weight': 600 });
  label.textContent = nf.format(total);
  root.append(label);
  const legend = h('ul', { class: 'legend' }, ...SEVERITIES.map((s) => h('li', { class: `sev-${s}` }, h('i'), `${s}: ${nf.format(data.summary.bySeverity[s] ?? 0)}`)));
  return h('div', { class: 'panel' }, h('h3', {}, 'Severity'), h('div', { class: 'donut' }, root as unknown as Node, legend));
}

function areaBars(): HTMLElement {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(areaOf(f), (counts.get(areaOf(f)) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const bars = h('div', { class: 'bars' });
  for (const [area, n] of rows) {
    const b = h('button', { type: 'button', title: `Show only ${areaTitle(area)} findings` }, areaTitle(area));
    b.addEventListener('click', () => {
      setFilter('area', area);
      goTo('findings');
    });
    bars.append(b, h('div', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${(100 * n) / max}%` })), h('span', { class: 'score' }, nf.format(n)));
  }
  return h('div', { class: 'panel' }, h('h3', {}, 'Findings by area'), rows.length ? bars : h('p', { class: 'muted' }, 'No findings.'));
}

function scoreBar(score: number | null): HTMLElement {
  if (score === null) return h('span', { class: 'muted' }, 'n/a');
  const c = score >= 80 ? 'var(--pass)' : score >= 50 ? 'var(--medium)' : 'var(--fail)';
  return h('div', { class: 'bar', role: 'meter', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': score, style: `--c:${c}` }, h('span', { style: `width:${score}%` }));
}

function compliancePanels(): HTMLElement | null {
  const frameworks = data.frameworks ?? data.compliance?.frameworks ?? [];
  const areas = data.areas ?? data.compliance?.areas ?? [];
  if (frameworks.length === 0 && areas.length === 0) return null;
  const fw = h('div', { class: 'panel' }, h('h3', {}, 'Compliance score per framework'));
  const fwBars = h('div', { class: 'bars' });
  for (const f of frameworks) fwBars.append(h('span', {}, `${f.title ?? f.id} ${f.version}`), scoreBar(f.score), h('span', { class: 'score', 'data-framework-score': f.id }, f.score === null ? '' : String(f.score)));
  fw.append(fwBars, h('p', { class: 'muted' }, 'Severity-weighted share of the controls that could be tested and passed (manual and not-applicable controls do not count).'));
  for (const f of frameworks) {
    const counts = ['fail', 'pass', 'manual', 'not-applicable'].map((s) => h('span', { class: `badge status-${s}` }, `${f.controls.filter((c) => c.status === s).length} ${s}`));
    const table = h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Control'), h('th', {}, 'Title'), h('th', {}, 'Status'), h('th', {}, 'Checks'), h('th', {}, 'Findings'))),
      h(
        'tbody',
        {},
        f.controls
          .filter((c) => c.status === 'fail' || c.status === 'pass')
          .map((c) => h('tr', {}, h('td', { class: 'mono' }, c.id), h('td', {}, c.title), h('td', {}, h('span', { class: `badge status-${c.status}` }, c.status)), h('td', { class: 'mono' }, c.checks.join(', ')), h('td', {}, nf.format(c.findings)))),
      ),
    );
    fw.append(h('details', { class: 'fw' }, h('summary', {}, h('strong', {}, f.title ?? f.id), ' ', ...counts), h('div', { class: 'wrap' }, table)));
  }
  const ar = h('div', { class: 'panel' }, h('h3', {}, 'Score per area'));
  const arBars = h('div', { class: 'bars' });
  for (const a of areas) arBars.append(h('span', {}, a.title), scoreBar(a.score), h('span', { class: 'score', 'data-area-score': a.id }, a.score === null ? 'n/a' : String(a.score)));
  ar.append(arBars);
  return h('div', { class: 'grid' }, fw, ar);
}

function topFindings(): HTMLElement {
  const seen = new Set<string>();
  const top: number[] = [];
  const order = findings.map((_, i) => i).sort((a, b) => rank(findings[b].severity) - rank(findings[a].severity) || a - b);
  for (const i of order) {
    if (top.length === 5) break;
    if (seen.has(findings[i].checkId)) continue;
    seen.add(findings[i].checkId);
    top.push(i);
  }
  const list = h(
    'ol',
    { class: 'top' },
    ...top.map((i) => h('li', {}, h('span', { class: `badge sev-${findings[i].severity}` }, findings[i].severity), ' ', openButton(i, checks[findings[i].checkId]?.title ?? findings[i].checkId), h('div', { class: 'muted' }, resourceName(findings[i])), h('div', { class: 'clamp' }, findings[i].message))),
  );
  return h('div', { class: 'panel' }, h('h3', {}, 'Most important findings'), top.length ? list : h('p', { class: 'muted' }, 'No findings.'));
}

function openButton(index: number, label: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'open', 'data-finding': index }, label);
  b.addEventListener('click', () => openFinding(index, b));
  return b;
}

// ---------- findings table ----------

const searchBox = h('input', { type: 'search', id: 'q', placeholder: 'message, resource, file, fingerprint…', 'aria-describedby': 'q-hint', autocomplete: 'off' });
const severityChips = SEVERITIES.map((s) => h('button', { type: 'button', class: `chip sev-${s}`, 'aria-pressed': 'false', 'data-severity': s }, s));
function select(id: string, label: string, options: [string, string][]): HTMLSelectElement {
  const el = h('select', { id }, h('option', { value: '' }, `every ${label}`), ...options.map(([v, t]) => h('option', { value: v }, t)));
  return el;
}
const uniq = (values: string[]) => [...new Set(values)].sort();
const areaSelect = select('f-area', 'area', uniq(findings.map(areaOf)).map((a) => [a, areaTitle(a)]));
const namespaceSelect = select('f-namespace', 'namespace', uniq(findings.map(namespaceOf)).map((n) => [n, n]));
const checkSelect = select('f-check', 'check', uniq(findings.map((f) => f.checkId)).map((c) => [c, `${c}: ${checks[c]?.title ?? ''}`]));
const waivedSelect = h('select', { id: 'f-waived' }, h('option', { value: 'show' }, 'shown'), h('option', { value: 'hide' }, 'hidden'));
const newOnly = h('input', { type: 'checkbox', id: 'f-new' });
const count = h('p', { id: 'finding-count', 'aria-live': 'polite' });
const tbody = h('tbody');
const prev = h('button', { type: 'button', class: 'btn', id: 'prev' }, '← Previous');
const next = h('button', { type: 'button', class: 'btn', id: 'next' }, 'Next →');
const pageInfo = h('span', { class: 'muted', id: 'page-info' });

function toggleSeverity(s: Severity): void {
  if (state.severities.has(s)) state.severities.delete(s);
  else state.severities.add(s);
  state.page = 0;
  refresh();
}

function setFilter(key: 'area' | 'namespace' | 'check', value: string): void {
  state[key] = value;
  state.page = 0;
  refresh();
}

function syncControls(): void {
  searchBox.value = state.text;
  for (const c of severityChips) c.setAttribute('aria-pressed', String(state.severities.has(c.dataset.severity as Severity)));
  for (const c of document.querySelectorAll<HTMLButtonElement>('[data-severity-card]')) c.setAttribute('aria-pressed', String(state.severities.has(c.dataset.severityCard as Severity)));
  areaSelect.value = state.area;
  namespaceSelect.value = state.namespace;
  checkSelect.value = state.check;
  waivedSelect.value = state.waived;
  newOnly.checked = state.onlyNew;
  for (const b of document.querySelectorAll<HTMLButtonElement>('th button[data-sort]')) b.closest('th')!.setAttribute('aria-sort', b.dataset.sort === state.sort ? (state.sort === 'severity' ? 'descending' : 'ascending') : 'none');
}

function refresh(): void {
  applyFilters();
  const pages = Math.max(1, Math.ceil(visible.length / PAGE));
  state.page = Math.min(state.page, pages - 1);
  syncControls();
  renderPage();
  saveHash();
}

function renderPage(): void {
  const start = state.page * PAGE;
  const rows = visible.slice(start, start + PAGE);
  const filtered = visible.length !== findings.length;
  count.textContent = visible.length === 0 ? 'No finding matches these filters.' : `${filtered ? `${plural(visible.length, 'finding')} of ${nf.format(findings.length)} match` : plural(visible.length, 'finding')}; showing ${nf.format(start + 1)}–${nf.format(start + rows.length)}.`;
  tbody.replaceChildren(
    ...rows.map((i) => {
      const f = findings[i];
      return h(
        'tr',
        { 'data-index': i },
        h('td', {}, h('span', { class: `badge sev-${f.severity}` }, f.severity), f.waived ? [' ', h('span', { class: 'badge waived' }, 'waived')] : null, f.baseline === 'new' ? [' ', h('span', { class: 'badge new' }, 'new')] : null),
        h('td', {}, openButton(i, checks[f.checkId]?.title ?? f.checkId), h('div', { class: 'muted mono' }, f.checkId)),
        h('td', {}, `${f.resource.kind}/${f.resource.name}`, h('div', { class: 'muted' }, namespaceOf(f))),
        h('td', { class: 'mono' }, f.location ? `${f.location.file}:${f.location.line}` : ''),
        h('td', { class: 'msg' }, h('div', { title: f.message }, f.message)),
      );
    }),
  );
  if (rows.length === 0) tbody.append(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, findings.length ? 'No finding matches these filters.' : 'No findings: nothing to report.')));
  const pages = Math.max(1, Math.ceil(visible.length / PAGE));
  pageInfo.textContent = `Page ${state.page + 1} of ${pages}`;
  prev.disabled = state.page === 0;
  next.disabled = state.page >= pages - 1;
}

function findingsSection(): void {
  let timer = 0;
  searchBox.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      state.text = searchBox.value;
      state.page = 0;
      refresh();
    }, 120);
  });
  for (const c of severityChips) c.addEventListener('click', () => toggleSeverity(c.dataset.severity as Severity));
  areaSelect.addEventListener('change', () => setFilter('area', areaSelect.value));
  namespaceSelect.addEventListener('change', () => setFilter('namespace', namespaceSelect.value));
  checkSelect.addEventListener('change', () => setFilter('check', checkSelect.value));
  waivedSelect.addEventListener('change', () => {
    state.waived = waivedSelect.value === 'hide' ? 'hide' : 'show';
    state.page = 0;
    refresh();
  });
  newOnly.addEventListener('change', () => {
    state.onlyNew = newOnly.checked;
    state.page = 0;
    refresh();
  });
  prev.addEventListener('click', () => {
    state.page--;
    refresh();
  });
  next.addEventListener('click', () => {
    state.page++;
    refresh();
  });
  const clear = h('button', { type: 'button', class: 'btn', id: 'clear' }, 'Clear filters');
  clear.addEventListener('click', () => {
    Object.assign(state, { text: '', severities: new Set(), area: '', namespace: '', check: '', waived: 'show', onlyNew: false, page: 0 });
    refresh();
  });
  const sortHeader = (key: Filters['sort'], label: string) => {
    const b = h('button', { type: 'button', 'data-sort': key, title: `Sort by ${label.toLowerCase()}` }, label);
    b.addEventListener('click', () => {
      state.sort = key;
      state.page = 0;
      refresh();
    });
    return h('th', { scope: 'col' }, b);
  };
  const hasWaived = findings.some((f) => f.waived);
  const hasBaseline = findings.some((f) => f.baseline);
  const filters = h(
    'div',
    { class: 'filters', role: 'search' },
    h('label', { for: 'q' }, 'Search', searchBox),
    h('div', { class: 'chips', role: 'group', 'aria-label': 'Severity' }, severityChips),
    h('label', { for: 'f-area' }, 'Area', areaSelect),
    h('label', { for: 'f-namespace' }, 'Namespace', namespaceSelect),
    h('label', { for: 'f-check' }, 'Check', checkSelect),
    hasWaived ? h('label', { for: 'f-waived' }, 'Waived findings', waivedSelect) : null,
    hasBaseline ? h('label', { for: 'f-new' }, h('span', {}, newOnly, ' new since the baseline only')) : null,
    clear,
  );
  const table = h(
    'table',
    { id: 'findings-table', 'aria-label': 'Findings' },
    h('thead', {}, h('tr', {}, sortHeader('severity', 'Severity'), sortHeader('check', 'Check'), sortHeader('resource', 'Resource'), sortHeader('location', 'Location'), h('th', { scope: 'col' }, 'Finding'))),
    tbody,
  );
  section(
    'findings',
    'Findings',
    h('div', { class: 'panel' }, filters, h('p', { id: 'q-hint', class: 'muted' }, 'Press ', h('span', { class: 'kbd' }, '/'), ' to search; ', h('span', { class: 'kbd' }, '↑'), ' ', h('span', { class: 'kbd' }, '↓'), ' to move between findings, ', h('span', { class: 'kbd' }, 'Enter'), ' to open one, ', h('span', { class: 'kbd' }, 'Esc'), ' to close it.'), h('div', { class: 'toolbar' }, count, h('div', { class: 'pager' }, prev, ' ', pageInfo, ' ', next)), h('div', { class: 'wrap' }, table)),
  );
}

// ---------- one finding ----------

const dialog = h('dialog', { id: 'detail', 'aria-labelledby': 'detail-title' });
document.body.append(dialog);
let returnFocus: HTMLElement | null = null;
dialog.addEventListener('close', () => returnFocus?.focus());

const MITRE = /^T\d{4}(\.\d{3})?$/;

function referenceList(refs: Refs): HTMLElement {
  const titles = data.report.referenceTitles;
  const items: HTMLElement[] = [];
  const add = (label: string, framework: string, ids: readonly string[] | undefined, link?: (id: string) => string | undefined) => {
    for (const id of ids ?? []) {
      const title = titles[`${framework}:${id}`];
      const url = link?.(id);
      items.push(h('li', {}, h('strong', {}, label), ' ', url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, id) : h('span', { class: 'mono' }, id), title ? ` ${title}` : ''));
    }
  };
  add('CIS Kubernetes Benchmark', 'cis', refs.cis);
  add('NSA-CISA', 'nsa', refs.nsa);
  add('MITRE ATT&CK', 'mitre', refs.mitre, (id) => (MITRE.test(id) ? `https://attack.mitre.org/techniques/${id.replace('.', '/')}/` : undefined));
  add('Microsoft threat matrix', 'microsoft', refs.microsoft);
  add('KCSA', 'kcsa', refs.kcsa);
  for (const d of refs.docs ?? []) if (/^https?:\/\//.test(d)) items.push(h('li', {}, h('a', { href: d, target: '_blank', rel: 'noopener noreferrer' }, d)));
  if (refs.area) items.push(h('li', {}, h('strong', {}, 'Rampart area'), ` ${areaTitle(refs.area)}`));
  return h('ul', { class: 'refs' }, items);
}

function evidenceList(evidence: Record<string, unknown>): HTMLElement {
  const entries = Object.entries(evidence);
  if (entries.length === 0) return h('p', { class: 'muted' }, 'None recorded.');
  return h('dl', { class: 'kv' }, entries.flatMap(([k, v]) => [h('dt', {}, k), h('dd', { class: 'mono' }, typeof v === 'string' ? v : JSON.stringify(v))]));
}

function openFinding(index: number, from?: HTMLElement): void {
  const f = findings[index];
  const check = checks[f.checkId];
  returnFocus = from ?? (document.activeElement as HTMLElement | null);
  const close = h('button', { type: 'button', class: 'btn', 'aria-label': 'Close' }, 'Close');
  close.addEventListener('click', () => dialog.close());
  const filterCheck = h('button', { type: 'button', class: 'btn' }, 'Show all of this check');
  filterCheck.addEventListener('click', () => {
    dialog.close();
    setFilter('check', f.checkId);
  });
  dialog.replaceChildren(
    h('header', {}, h('div', {}, h('h2', { id: 'detail-title' }, check?.title ?? f.checkId), h('div', {}, h('span', { class: `badge sev-${f.severity}` }, f.severity), ' ', h('span', { class: 'badge soft mono' }, f.checkId), f.waived ? [' ', h('span', { class: 'badge waived' }, 'waived')] : null, f.baseline ? [' ', h('span', { class: `badge ${f.baseline === 'new' ? 'new' : 'soft'}` }, f.baseline)] : null)), h('div', {}, filterCheck, ' ', close)),
    h(
      'div',
      { class: 'body' },
      h('p', { 'data-testid': 'detail-message' }, f.message),
      f.context ? h('p', { class: 'muted' }, f.context) : null,
      h(
        'dl',
        { class: 'kv' },
        h('dt', {}, 'Resource'),
        h('dd', {}, resourceName(f), h('span', { class: 'muted' }, ` (${f.resource.apiVersion})`)),
        f.location ? [h('dt', {}, 'Location'), h('dd', { class: 'mono' }, `${f.location.file}:${f.location.line}:${f.location.column}`), h('dt', {}, 'Field'), h('dd', { class: 'mono' }, f.location.path || '/')] : null,
        h('dt', {}, 'Fingerprint'),
        h('dd', { class: 'mono' }, f.fingerprint),
        f.waived ? [h('dt', {}, 'Waived'), h('dd', {}, f.waived.justification, f.waived.owner ? ` (owner ${f.waived.owner})` : '', f.waived.expires ? `, until ${f.waived.expires}` : '')] : null,
      ),
      h('h3', {}, 'Evidence'),
      evidenceList(f.evidence),
      h('h3', {}, 'How to fix'),
      markdown(f.remediation ?? check?.remediation ?? ''),
      check ? [h('h3', {}, 'Why it matters'), markdown(check.rationale), h('h3', {}, 'References'), referenceList(check.references)] : null,
    ),
  );
  dialog.showModal();
  close.focus();
}

// ---------- other sections ----------

function diagnosticsSection(): void {
  if (data.diagnostics.length === 0) return;
  section(
    'diagnostics',
    `Input problems (${nf.format(data.diagnostics.length)})`,
    h(
      'div',
      { class: 'panel wrap' },
      h('p', { class: 'muted' }, 'These documents could not be read as Kubernetes objects; everything else was scanned.'),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Where'), h('th', {}, 'Severity'), h('th', {}, 'Problem'), h('th', {}, 'Code'))), h('tbody', {}, data.diagnostics.map((d) => h('tr', {}, h('td', { class: 'mono' }, `${d.file}${d.line !== undefined ? `:${d.line}` : ''}`), h('td', {}, d.severity), h('td', {}, d.message), h('td', { class: 'mono' }, d.code))))),
    ),
  );
}

function checksSection(): void {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.checkId, (counts.get(f.checkId) ?? 0) + 1);
  const ids = Object.keys(checks).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  section(
    'checks',
    `Checks run (${ids.length})`,
    h(
      'div',
      { class: 'panel wrap' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', {}, 'Check'), h('th', {}, 'Severity'), h('th', {}, 'Area'), h('th', {}, 'Findings'))),
        h(
          'tbody',
          {},
          ids.map((id) => {
            const n = counts.get(id) ?? 0;
            const cell = n > 0 ? h('button', { type: 'button', class: 'open' }, nf.format(n)) : h('span', { class: 'badge status-pass' }, 'pass');
            if (n > 0)
              cell.addEventListener('click', () => {
                setFilter('check', id);
                goTo('findings');
              });
            return h('tr', {}, h('td', {}, checks[id].title, h('div', { class: 'muted mono' }, id)), h('td', {}, h('span', { class: `badge sev-${checks[id].severity}` }, checks[id].severity)), h('td', {}, areaTitle(checks[id].references.area ?? '')), h('td', {}, cell));
          }),
        ),
      ),
    ),
  );
}

/** Any value, readably: arrays of records as tables (100 rows at a time), records as lists. */
function renderValue(value: unknown, depth = 0): HTMLElement {
  if (Array.isArray(value)) {
    if (value.length === 0) return h('p', { class: 'muted' }, 'None.');
    if (value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
      const columns = uniqOrdered(value.slice(0, 200).flatMap((v) => Object.keys(v as object)));
      const body = h('tbody');
      let shown = 0;
      const more = h('button', { type: 'button', class: 'btn' }, 'Show more');
      const showMore = () => {
        for (const v of value.slice(shown, shown + 100)) body.append(h('tr', {}, columns.map((c) => h('td', {}, cellText((v as Record<string, unknown>)[c])))));
        shown = Math.min(value.length, shown + 100);
        more.hidden = shown >= value.length;
        more.textContent = `Show more (${nf.format(value.length - shown)} left)`;
      };
      more.addEventListener('click', showMore);
      showMore();
      return h('div', { class: 'wrap' }, h('table', {}, h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))), body), more);
    }
    return h('ul', {}, value.map((v) => h('li', {}, depth > 3 ? cellText(v) : renderValue(v, depth + 1))));
  }
  if (value !== null && typeof value === 'object') {
    return h('dl', { class: 'kv' }, Object.entries(value).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v !== null && typeof v === 'object' && depth < 3 ? renderValue(v, depth + 1) : cellText(v))]));
  }
  return h('span', {}, cellText(value));
}

function uniqOrdered(values: string[]): string[] {
  return [...new Set(values)];
}

function cellText(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every((x) => typeof x !== 'object')) return v.join(', ');
  return JSON.stringify(v);
}

function analysisSections(): void {
  for (const [key, value] of Object.entries(data)) {
    if (CORE.has(key) || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const title = SECTION_TITLES[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
    section(`section-${key}`, title, h('div', { class: 'panel', 'data-section-key': key }, renderValue(value)));
  }
}

// ---------- keyboard ----------

document.addEventListener('keydown', (e) => {
  if (dialog.open) return;
  const target = e.target as HTMLElement;
  const typing = target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
  if (e.key === '/' && !typing) {
    e.preventDefault();
    searchBox.focus();
    return;
  }
  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !typing) {
    const buttons = [...tbody.querySelectorAll<HTMLButtonElement>('button.open')];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = e.key === 'ArrowDown' ? Math.min(buttons.length - 1, at + 1) : Math.max(0, at === -1 ? 0 : at - 1);
    e.preventDefault();
    buttons[to].focus();
    for (const tr of tbody.querySelectorAll('tr.sel')) tr.classList.remove('sel');
    buttons[to].closest('tr')?.classList.add('sel');
  }
});

// ---------- build ----------

document.getElementById('meta')!.textContent = `${plural(data.summary.findings, 'finding')} in ${plural(data.summary.objects, 'object')}, ${plural(data.summary.checks, 'check')} run${data.summary.diagnostics ? `, ${plural(data.summary.diagnostics, 'input problem')}` : ''} · ${data.report.tool} ${data.report.version}`;
section('summary', 'Summary', severityCards(), h('div', { class: 'grid' }, donut(), areaBars(), topFindings()), compliancePanels());
findingsSection();
analysisSections();
diagnosticsSection();
checksSection();
loadHash();
refresh();
window.addEventListener('hashchange', () => {
  loadHash();
  refresh();
});
document.querySelector<HTMLAnchorElement>('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  goTo('findings');
});
document.body.dataset.ready = 'true';
