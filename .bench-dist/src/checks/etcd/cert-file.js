import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdSetting } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.cert-file',
    title: 'etcd serves clients without TLS',
    severity: 'high',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'etcd holds every object of the cluster, Secrets included. Without --cert-file and --key-file it ' +
        'serves clients over plain HTTP: anyone on the network path reads and rewrites the cluster state, and ' +
        'client certificate authentication cannot work.',
    remediation: 'Set `--cert-file=/etc/kubernetes/pki/etcd/server.crt` and `--key-file=/etc/kubernetes/pki/etcd/server.key`, and use https:// in --listen-client-urls and --advertise-client-urls.',
    references: {
        cis: ['etcd.cert-file'],
        nsa: ['network.etcd', 'network.encryption'],
        mitre: ['T1040', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/', 'https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters'],
    },
    evaluate(c) {
        const settings = ['cert-file', 'key-file'].map((f) => [f, etcdSetting(c, f)]);
        if (settings.some(([, s]) => s === 'config-file'))
            return undefined; // set in --config-file, which the input does not hold
        const missing = settings.filter(([, s]) => s === undefined || (s !== 'config-file' && s.value.trim() === '')).map(([f]) => `--${f}`);
        if (missing.length === 0)
            return undefined;
        return { message: `${describe(c)} does not set ${missing.join(' or ')}`, evidence: { missing } };
    },
});
//# sourceMappingURL=cert-file.js.map