import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-etcd-certfile',
    title: 'API server does not authenticate to etcd with a client certificate',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'etcd holds every object of the cluster, Secrets included. The API server should prove who it is with ' +
        'a client certificate (--etcd-certfile and --etcd-keyfile) to an etcd that requires one; otherwise ' +
        'anything that can reach etcd\'s client port can read and rewrite the whole cluster state.',
    remediation: 'Set `--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt` and `--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key`, and run etcd with `--client-cert-auth=true`.',
    references: {
        cis: ['apiserver.etcd-certfile'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters'],
    },
    evaluate(c) {
        return requireSet(c, ['etcd-certfile', 'etcd-keyfile'], 'it does not present a client certificate to etcd');
    },
});
//# sourceMappingURL=apiserver-etcd-certfile.js.map