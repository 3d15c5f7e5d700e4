import { componentCheck, describe, flagPointer } from './component-check.js';
import { atLeast, formatKubeVersion } from '../../analysis/versions/version.js';
export default componentCheck({
    id: 'controlplane.apiserver-tls-min-version',
    title: 'API server accepts TLS 1.0 or 1.1',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'TLS 1.0 and 1.1 are deprecated (RFC 8996): they lack modern cipher suites and are open to downgrade ' +
        'attacks. The API server accepts them when --tls-min-version says so, and, when the flag is not set, ' +
        'on releases built with Go older than 1.22 (Kubernetes before v1.30).',
    remediation: 'Set `--tls-min-version=VersionTLS12` (or VersionTLS13).',
    references: {
        nsa: ['network.encryption'],
        mitre: ['T1040'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/', 'https://www.rfc-editor.org/rfc/rfc8996'],
    },
    evaluate(c) {
        const v = c.flags.string('tls-min-version');
        if (v === 'VersionTLS10' || v === 'VersionTLS11')
            return { message: `${describe(c)} accepts ${v === 'VersionTLS10' ? 'TLS 1.0' : 'TLS 1.1'} (--tls-min-version=${v})`, pointer: flagPointer(c, 'tls-min-version'), evidence: { value: v } };
        if (v === undefined && c.version && !atLeast(c.version, 1, 30)) {
            return { message: `${describe(c)} (${formatKubeVersion(c.version)}) does not set --tls-min-version: releases before v1.30 accept TLS 1.0`, severity: 'low', evidence: { value: null, version: formatKubeVersion(c.version) } };
        }
        return undefined;
    },
});
//# sourceMappingURL=apiserver-tls-min-version.js.map