import { stringify } from 'yaml';
import { ALL_CHECKS } from '../../checks/registry.js';
import { findFramework, frameworks } from '../../frameworks/catalogue.js';
import { coverage } from '../../frameworks/coverage.js';
import { UsageError } from '../../inventory/diagnostics.js';
import { colourWanted, makeStyle } from '../../report/style.js';
import { EXIT, type CliIo } from '../io.js';

type Format = 'table' | 'json' | 'yaml';

function write(io: CliIo, format: Format, data: unknown, table: () => string): void {
  if (format === 'json') io.stdout.write(JSON.stringify(data, null, 2) + '\n');
  else if (format === 'yaml') io.stdout.write(stringify(data, { lineWidth: 0 }));
  else io.stdout.write(table());
}

export function runFrameworksList(opts: { output: Format }, io: CliIo): number {
  const rows = frameworks().map((f) => {
    const controls = coverage(f, ALL_CHECKS);
    const covered = controls.filter((c) => c.checks.length > 0).length;
    return { id: f.id, title: f.title, version: f.version, versions: f.versions, url: f.url, controls: controls.length, covered, manual: controls.length - covered };
  });
  write(io, opts.output, rows, () => {
    const st = makeStyle(colourWanted(io.stdout, io.env));
    const lines = [st.bold(`${'ID'.padEnd(10)}${'VERSIONS'.padEnd(26)}${'CONTROLS'.padStart(8)}${'COVERED'.padStart(9)}  TITLE`)];
    for (const r of rows) lines.push(`${r.id.padEnd(10)}${r.versions.join(', ').padEnd(26)}${String(r.controls).padStart(8)}${String(r.covered).padStart(9)}  ${r.title}`);
    lines.push(st.dim('COVERED: controls at least one check tests; the others are assessed by a person (manual). `rampart frameworks show ID` lists them.'));
    return lines.join('\n') + '\n';
  });
  return EXIT.ok;
}

export function runFrameworksShow(id: string, opts: { output: Format; version?: string }, io: CliIo): number {
  const framework = findFramework(id);
  if (!framework) throw new UsageError(`unknown framework "${id}" (${frameworks().map((f) => f.id).join(', ')})`);
  const version = opts.version ?? framework.version;
  if (!framework.versions.includes(version)) throw new UsageError(`${framework.title} has no version "${version}" in Rampart's catalogue (${framework.versions.join(', ')})`);
  const controls = coverage(framework, ALL_CHECKS, version);
  const data = {
    id: framework.id,
    title: framework.title,
    version,
    url: framework.url,
    controls: controls.map((c) => ({ id: c.id, title: c.title, group: c.group, assessment: c.checks.length > 0 ? 'automated' : 'manual', checks: c.checks })),
  };
  write(io, opts.output, data, () => {
    const st = makeStyle(colourWanted(io.stdout, io.env));
    const w = Math.max(2, ...controls.map((c) => c.id.length));
    const out = [st.bold(`${framework.title} ${version}`), st.dim(framework.url)];
    let group = '';
    for (const c of controls) {
      if (c.group !== group) out.push('', st.bold((group = c.group)));
      const checks = c.checks.length > 0 ? c.checks.join(', ') : st.dim('manual: no check tests it');
      out.push(`  ${c.id.padEnd(w)}  ${c.title}`, `  ${' '.repeat(w)}  ${st.dim('→')} ${checks}`);
    }
    const covered = controls.filter((c) => c.checks.length > 0).length;
    out.push('', `${covered} of ${controls.length} controls tested by checks; ${controls.length - covered} manual.`);
    return out.join('\n') + '\n';
  });
  return EXIT.ok;
}
