import { AREAS, KCSA_DOMAINS } from '../findings/finding.js';
import { NSA_CONTROLS } from '../frameworks/nsa.js';
import { MITRE_TECHNIQUES, MS_THREAT_MATRIX } from '../frameworks/mitre.js';
/** The documentation page of a check, generated from its metadata (docs/checks/<id>.md). */
export function renderCheckDoc({ meta }) {
    const area = AREAS[meta.area];
    const refs = meta.references;
    const lines = [
        `# ${meta.id}: ${meta.title}`,
        '',
        `- **Severity:** ${meta.severity}`,
        `- **Area:** ${area.number !== undefined ? `${area.number}. ` : ''}${area.title}`,
        `- **Category:** ${meta.category}`,
        '',
        '## Why it matters',
        '',
        meta.rationale,
        '',
        '## How to fix',
        '',
        meta.remediation,
        '',
    ];
    const options = Object.entries(meta.options ?? {});
    if (options.length > 0) {
        lines.push('## Options', '', 'Set in the configuration file (`.rampart.yaml`) under `checks.' + meta.id + '.options`.', '');
        for (const [name, spec] of options) {
            lines.push(`- \`${name}\`: ${spec.description}`, `  Default: ${renderDefault(spec.default)}`);
        }
        lines.push('');
    }
    lines.push('## References', '');
    if (refs.cis?.length)
        lines.push(`- CIS Kubernetes Benchmark: ${refs.cis.join(', ')}`);
    if (refs.nsa?.length)
        lines.push(`- NSA-CISA Kubernetes Hardening Guide v1.2: ${refs.nsa.map((k) => `${NSA_CONTROLS[k].chapter}: ${NSA_CONTROLS[k].title}`).join('; ')}`);
    if (refs.mitre?.length)
        lines.push(`- MITRE ATT&CK: ${refs.mitre.map((t) => `[${t} ${MITRE_TECHNIQUES[t].name}](https://attack.mitre.org/techniques/${t.replace('.', '/')}/)`).join(', ')}`);
    if (refs.microsoft?.length)
        lines.push(`- Microsoft Threat Matrix for Kubernetes: ${refs.microsoft.map((t) => `${t} ${MS_THREAT_MATRIX[t].name}`).join(', ')}`);
    if (refs.kcsa?.length)
        lines.push(`- KCSA domain: ${refs.kcsa.map((d) => KCSA_DOMAINS[d].title).join(', ')}`);
    for (const d of refs.docs ?? [])
        lines.push(`- ${d}`);
    return lines.join('\n') + '\n';
}
/** docs/checks/README.md: the index of every check. */
export function renderCheckIndex(checks) {
    const lines = ['# Checks', '', 'Generated from check metadata by `npm run docs`; a test fails when these pages are stale.', '', '| Id | Severity | Area | Title |', '| --- | --- | --- | --- |'];
    for (const { meta } of checks)
        lines.push(`| [${meta.id}](${meta.id}.md) | ${meta.severity} | ${AREAS[meta.area].title} | ${meta.title} |`);
    return lines.join('\n') + '\n';
}
function renderDefault(value) {
    const json = JSON.stringify(value);
    return json.length <= 120 ? `\`${json}\`` : `\n\n  \`\`\`json\n${JSON.stringify(value, null, 2).replace(/^/gm, '  ')}\n  \`\`\``;
}
//# sourceMappingURL=docs.js.map