import { componentCheck, describe, flagPointer } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-etcd-plaintext',
    title: 'API server talks to etcd over plain HTTP',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'An http:// entry in --etcd-servers sends every object of the cluster, Secrets included, unencrypted ' +
        'and unauthenticated over the network; client certificates are not used on such a connection. etcd ' +
        'should listen only on https:// URLs.',
    remediation: 'Use https:// URLs in `--etcd-servers` (e.g. `--etcd-servers=https://127.0.0.1:2379`) with `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`.',
    references: {
        nsa: ['network.etcd', 'network.encryption'],
        mitre: ['T1040', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters'],
    },
    evaluate(c) {
        const servers = c.flags.list('etcd-servers') ?? [];
        const plain = servers.filter((s) => /^http:\/\//i.test(s.trim()));
        if (plain.length === 0)
            return undefined;
        return { message: `${describe(c)} reaches etcd over plain HTTP: ${plain.join(', ')}`, pointer: flagPointer(c, 'etcd-servers'), evidence: { servers: plain } };
    },
});
//# sourceMappingURL=apiserver-etcd-plaintext.js.map