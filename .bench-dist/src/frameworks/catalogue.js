import { AREAS } from '../findings/finding.js';
import { NSA_CONTROLS, NSA_VERSION } from './nsa.js';
import { MITRE_TECHNIQUES, MS_THREAT_MATRIX } from './mitre.js';
import { KCSA_DOMAINS } from './kcsa.js';
import { CIS_RECOMMENDATIONS, CIS_VERSIONS, LATEST_CIS_VERSION, isCisVersion } from './cis/index.js';
const once = (compute) => {
    let value;
    return () => (value ??= compute());
};
const nsaControls = once(() => Object.entries(NSA_CONTROLS).map(([key, c]) => ({ key, id: key, title: c.title, group: c.chapter, assessment: c.assessment })));
const TACTIC_ORDER = ['initial-access', 'execution', 'persistence', 'privilege-escalation', 'defense-evasion', 'credential-access', 'discovery', 'lateral-movement', 'collection', 'command-and-control', 'exfiltration', 'impact'];
const mitreControls = once(() => Object.entries(MITRE_TECHNIQUES)
    .map(([id, t]) => ({ key: id, id, title: t.name, group: t.tactics[0], assessment: 'automated' }))
    .sort((a, b) => TACTIC_ORDER.indexOf(a.group) - TACTIC_ORDER.indexOf(b.group) || (a.id < b.id ? -1 : 1)));
const msControls = once(() => Object.entries(MS_THREAT_MATRIX).map(([id, t]) => ({ key: id, id, title: t.name, group: t.tactics[0], assessment: 'automated' })));
const kcsaControls = once(() => Object.entries(KCSA_DOMAINS).map(([key, d]) => ({ key, id: key, title: `${d.title} (${d.weight}%)`, group: 'KCSA domains', assessment: 'automated' })));
const areaControls = once(() => Object.entries(AREAS).map(([key, a]) => ({ key, id: a.number !== undefined ? String(a.number) : key, title: a.title, group: a.number !== undefined ? 'Areas' : 'Cross-cutting', assessment: 'automated' })));
/** CIS sections, for grouping: the first two parts of a recommendation's number. */
const CIS_SECTIONS = {
    '1.1': 'Control plane node configuration files',
    '1.2': 'API server',
    '1.3': 'Controller manager',
    '1.4': 'Scheduler',
    '2': 'etcd',
    '3.1': 'Authentication and authorization',
    '3.2': 'Logging',
    '4.1': 'Worker node configuration files',
    '4.2': 'Kubelet',
    '4.3': 'kube-proxy',
    '5.1': 'RBAC and service accounts',
    '5.2': 'Pod security standards',
    '5.3': 'Network policies and CNI',
    '5.4': 'Secrets management',
    '5.5': 'Extensible admission control',
    '5.6': 'General policies',
    '5.7': 'General policies',
};
function compareIds(a, b) {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++)
        if ((x[i] ?? -1) !== (y[i] ?? -1))
            return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
}
const cisByVersion = new Map();
function cisControls(version = LATEST_CIS_VERSION) {
    const v = isCisVersion(version) ? version : LATEST_CIS_VERSION;
    let list = cisByVersion.get(v);
    if (!list) {
        list = [];
        for (const [key, r] of Object.entries(CIS_RECOMMENDATIONS)) {
            const ids = r.ids;
            const id = ids[v];
            if (id === undefined)
                continue;
            const section = id.startsWith('2.') ? '2' : id.split('.').slice(0, 2).join('.');
            list.push({ key, id, title: r.title, group: `${section} ${CIS_SECTIONS[section] ?? ''}`.trim(), assessment: r.assessment });
        }
        list.sort((a, b) => compareIds(a.id, b.id));
        cisByVersion.set(v, list);
    }
    return list;
}
const single = (version) => ({ version, versions: [version] });
const FRAMEWORK_LIST = [
    {
        id: 'cis',
        title: 'CIS Kubernetes Benchmark',
        version: LATEST_CIS_VERSION,
        versions: CIS_VERSIONS,
        url: 'https://www.cisecurity.org/benchmark/kubernetes',
        controls: cisControls,
        keysOf: (r) => r.cis ?? [],
    },
    {
        id: 'nsa',
        title: 'NSA-CISA Kubernetes Hardening Guide',
        ...single(NSA_VERSION),
        url: 'https://media.defense.gov/2022/Aug/29/2003066362/-1/-1/0/CTR_KUBERNETES_HARDENING_GUIDANCE_1.2_20220829.PDF',
        controls: nsaControls,
        keysOf: (r) => r.nsa ?? [],
    },
    {
        id: 'mitre',
        title: 'MITRE ATT&CK (Containers matrix and related Enterprise techniques)',
        ...single('v15'),
        url: 'https://attack.mitre.org/matrices/enterprise/containers/',
        controls: mitreControls,
        keysOf: (r) => r.mitre ?? [],
    },
    {
        id: 'microsoft',
        title: 'Microsoft Threat Matrix for Kubernetes',
        ...single('3'),
        url: 'https://microsoft.github.io/Threat-Matrix-for-Kubernetes/',
        controls: msControls,
        keysOf: (r) => r.microsoft ?? [],
    },
    {
        id: 'kcsa',
        title: 'Kubernetes and Cloud Native Security Associate (KCSA) exam domains',
        ...single('2024'),
        url: 'https://github.com/cncf/curriculum',
        controls: kcsaControls,
        keysOf: (r) => r.kcsa ?? [],
    },
    {
        id: 'rampart',
        title: "Rampart's areas of coverage",
        ...single('1'),
        url: 'README.md',
        controls: areaControls,
        keysOf: (_r, area) => [area],
    },
];
export function frameworks() {
    return FRAMEWORK_LIST;
}
export function findFramework(id) {
    return FRAMEWORK_LIST.find((f) => f.id === id);
}
//# sourceMappingURL=catalogue.js.map