/**
 * Summarizes a V8 CPU profile (`node --cpu-prof`): self time by function and by source file, so a
 * benchmark report can say where the time goes without opening DevTools.
 *
 *   node dist/bench/profile.js PROFILE.cpuprofile [--top 20]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
/** Shortens node_modules and dist paths to something a reader recognizes. */
function shortFile(url) {
    if (url === '')
        return '(native/vm)';
    const path = url.replace(/^file:\/\//, '');
    const nm = path.lastIndexOf('node_modules/');
    if (nm !== -1)
        return path.slice(nm + 'node_modules/'.length);
    const dist = path.indexOf('/dist/');
    if (dist !== -1)
        return path.slice(dist + '/dist/'.length);
    return path.startsWith('node:') ? path : path.split('/').slice(-2).join('/');
}
export function summarizeProfile(path, top = 15) {
    const profile = JSON.parse(readFileSync(path, 'utf8'));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map();
    // timeDeltas[i] is the time before sample i; attribute it to the sample's node
    profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const fn = new Map();
    const file = new Map();
    let total = 0;
    for (const [id, us] of selfUs) {
        const node = byId.get(id);
        if (!node)
            continue;
        total += us;
        const { functionName, url, lineNumber } = node.callFrame;
        const f = shortFile(url);
        const name = `${functionName || '(anonymous)'} ${f}${url ? `:${lineNumber + 1}` : ''}`;
        fn.set(name, (fn.get(name) ?? 0) + us);
        file.set(f, (file.get(f) ?? 0) + us);
    }
    const rank = (m) => [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, us]) => ({ name, ms: us / 1000, share: total > 0 ? us / total : 0 }));
    return { totalMs: total / 1000, byFunction: rank(fn), byFile: rank(file) };
}
export function formatSummary(s) {
    const row = (e) => `| ${e.ms.toFixed(0).padStart(7)} | ${(e.share * 100).toFixed(1).padStart(5)}% | \`${e.name}\` |`;
    return [
        `Sampled CPU time: ${s.totalMs.toFixed(0)} ms`,
        '',
        '| self ms | share | file |',
        '| ---: | ---: | --- |',
        ...s.byFile.map(row),
        '',
        '| self ms | share | function |',
        '| ---: | ---: | --- |',
        ...s.byFunction.map(row),
    ].join('\n');
}
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const args = process.argv.slice(2);
    const topAt = args.indexOf('--top');
    const file = args.find((a, i) => !a.startsWith('--') && (topAt === -1 || i !== topAt + 1));
    if (!file) {
        process.stderr.write('usage: profile.js PROFILE.cpuprofile [--top N]\n');
        process.exitCode = 2;
    }
    else {
        process.stdout.write(`${formatSummary(summarizeProfile(file, topAt !== -1 ? Number(args[topAt + 1]) : 15))}\n`);
    }
}
//# sourceMappingURL=profile.js.map