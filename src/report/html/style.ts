/** The HTML report's stylesheet: system fonts, light and dark schemes, print-friendly; no network. */
export const STYLE = `
:root {
  --bg: #f6f7f9; --panel: #fff; --text: #1d2330; --muted: #5b6475; --line: #dfe3ea; --accent: #2456c8; --accent-soft: #e8eefc;
  --critical: #8b1fa9; --high: #c62828; --medium: #b26a00; --low: #1f6fb2; --info: #5b6475;
  --pass: #2e7d32; --fail: #c62828; --manual: #6d5bd0; --na: #8a93a3;
  --radius: 8px; --shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 3px rgba(16, 24, 40, .1);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #12151b; --panel: #1a1f27; --text: #e6e9ef; --muted: #9aa3b2; --line: #2c333f; --accent: #7aa2ff; --accent-soft: #1f2a44;
    --critical: #d07ae8; --high: #ff6b6b; --medium: #f0b44c; --low: #6cb4ff; --info: #9aa3b2; --pass: #66bb6a; --fail: #ff6b6b; --manual: #a99cf0; --na: #8a93a3; }
}
* { box-sizing: border-box; }
html { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; background: var(--bg); color: var(--text); }
body { margin: 0; }
a { color: var(--accent); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow: auto; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--panel); padding: 8px 12px; z-index: 10; }
.skip:focus { left: 8px; top: 8px; }
header.top { background: #161b26; color: #fff; padding: 14px 28px; display: flex; align-items: baseline; gap: 18px; flex-wrap: wrap; }
header.top h1 { font-size: 18px; margin: 0; letter-spacing: .2px; }
header.top .meta { color: #b7c0d0; font-size: 13px; }
nav.toc { display: flex; gap: 4px; padding: 0 28px; background: var(--panel); border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; overflow-x: auto; }
nav.toc a { padding: 10px 12px; text-decoration: none; color: var(--muted); border-bottom: 2px solid transparent; white-space: nowrap; }
nav.toc a:hover, nav.toc a:focus-visible { color: var(--text); border-bottom-color: var(--accent); }
main { max-width: 1400px; margin: 0 auto; padding: 20px 28px 60px; }
section { margin-bottom: 28px; }
section > h2 { font-size: 16px; margin: 0 0 12px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 16px 18px; }
.grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); }
.cards { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(130px, 1fr)); margin-bottom: 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--c, var(--line)); border-radius: var(--radius); padding: 10px 14px; box-shadow: var(--shadow); text-align: left; font: inherit; color: inherit; cursor: pointer; }
.card[aria-pressed="true"] { background: var(--accent-soft); }
.card .n { font-size: 24px; font-weight: 650; display: block; }
.card .l { color: var(--muted); text-transform: capitalize; }
.card.total { cursor: default; --c: var(--accent); }
.sev-critical { --c: var(--critical); } .sev-high { --c: var(--high); } .sev-medium { --c: var(--medium); } .sev-low { --c: var(--low); } .sev-info { --c: var(--info); }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11.5px; font-weight: 600; text-transform: uppercase; letter-spacing: .3px; color: #fff; background: var(--c, var(--muted)); white-space: nowrap; }
.badge.soft { background: var(--accent-soft); color: var(--accent); text-transform: none; }
.badge.waived { background: var(--na); }
.badge.new { background: var(--accent); }
h3 { font-size: 14px; margin: 0 0 10px; }
.bars { display: grid; grid-template-columns: minmax(120px, max-content) 1fr max-content; gap: 6px 10px; align-items: center; }
.bars button { all: unset; cursor: pointer; color: var(--text); }
.bars button:hover, .bars button:focus-visible { text-decoration: underline; }
.bar { height: 10px; background: var(--bg); border-radius: 5px; overflow: hidden; border: 1px solid var(--line); }
.bar > span { display: block; height: 100%; background: var(--c, var(--accent)); }
.score { font-variant-numeric: tabular-nums; font-weight: 600; }
.donut { display: flex; gap: 18px; align-items: center; }
.legend { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; background: var(--c); margin-right: 6px; }
.muted { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; margin-bottom: 12px; }
.filters label { display: grid; gap: 3px; font-size: 12px; color: var(--muted); }
.filters input[type=search], .filters select { font: inherit; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; min-width: 160px; }
.filters input[type=search] { min-width: 260px; }
.chips { display: flex; gap: 6px; flex-wrap: wrap; }
.chip { font: inherit; font-size: 12.5px; border: 1px solid var(--line); background: var(--panel); color: var(--text); border-radius: 14px; padding: 4px 10px; cursor: pointer; text-transform: capitalize; }
.chip[aria-pressed="true"] { background: var(--c); border-color: var(--c); color: #fff; }
.btn { font: inherit; border: 1px solid var(--line); background: var(--panel); color: var(--text); border-radius: 6px; padding: 6px 12px; cursor: pointer; }
.btn:hover { border-color: var(--accent); }
.btn[disabled] { opacity: .45; cursor: default; }
.toolbar { display: flex; justify-content: space-between; align-items: center; gap: 12px; margin: 8px 0; flex-wrap: wrap; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--panel); }
th button { all: unset; cursor: pointer; }
th button:focus-visible { outline: 2px solid var(--accent); }
tbody tr:hover { background: var(--accent-soft); }
tbody tr.sel { background: var(--accent-soft); }
td.msg { max-width: 620px; }
td.msg > div { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.open { all: unset; cursor: pointer; color: var(--accent); font-weight: 600; }
.open:hover { text-decoration: underline; }
.open:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
ol.top { margin: 0; padding-left: 20px; display: grid; gap: 8px; }
ol.top .clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.wrap { overflow-x: auto; }
dialog { border: 1px solid var(--line); border-radius: 10px; padding: 0; width: min(920px, 94vw); max-height: 90vh; background: var(--panel); color: var(--text); box-shadow: 0 20px 50px rgba(0, 0, 0, .3); }
dialog::backdrop { background: rgba(10, 14, 22, .45); }
dialog header { display: flex; justify-content: space-between; gap: 12px; align-items: start; padding: 16px 20px; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: var(--panel); }
dialog header h2 { margin: 0; font-size: 16px; }
dialog .body { padding: 12px 20px 20px; overflow: auto; }
dialog h3 { margin: 18px 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .4px; color: var(--muted); }
dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; word-break: break-word; }
.refs li { margin: 2px 0; }
.empty { padding: 24px; text-align: center; color: var(--muted); }
.status-pass { --c: var(--pass); } .status-fail { --c: var(--fail); } .status-manual { --c: var(--manual); } .status-not-applicable { --c: var(--na); }
details.fw { border-top: 1px solid var(--line); padding: 8px 0; }
details.fw summary { cursor: pointer; display: flex; gap: 10px; align-items: center; }
.kbd { border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 5px; font-size: 11.5px; }
footer.bottom { color: var(--muted); text-align: center; padding: 20px; font-size: 12px; }
@media print { nav.toc, .filters, .toolbar .pager, dialog { display: none !important; } body { background: #fff; } }
`;
