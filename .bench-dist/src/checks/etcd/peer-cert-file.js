import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdSetting } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.peer-cert-file',
    title: 'etcd members replicate without TLS',
    severity: 'medium',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'etcd members replicate the whole cluster state to each other. Without --peer-cert-file and ' +
        '--peer-key-file that traffic is plain HTTP, and a rogue member can join and receive everything. This ' +
        'applies to clusters of several members; a single member should still be configured so that adding ' +
        'members later is safe.',
    remediation: 'Set `--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt` and `--peer-key-file=/etc/kubernetes/pki/etcd/peer.key`, with https:// peer URLs.',
    references: {
        cis: ['etcd.peer-cert-file'],
        nsa: ['network.etcd', 'network.encryption'],
        mitre: ['T1040', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/', 'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters'],
    },
    evaluate(c) {
        const settings = ['peer-cert-file', 'peer-key-file'].map((f) => [f, etcdSetting(c, f)]);
        if (settings.some(([, s]) => s === 'config-file'))
            return undefined; // set in --config-file, which the input does not hold
        const missing = settings.filter(([, s]) => s === undefined || (s !== 'config-file' && s.value.trim() === '')).map(([f]) => `--${f}`);
        if (missing.length === 0)
            return undefined;
        return { message: `${describe(c)} does not set ${missing.join(' or ')}`, evidence: { missing } };
    },
});
//# sourceMappingURL=peer-cert-file.js.map