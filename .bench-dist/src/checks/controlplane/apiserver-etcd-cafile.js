import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-etcd-cafile',
    title: 'API server does not verify etcd\'s certificate',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Without --etcd-cafile the API server cannot verify that it talks to the real etcd. An attacker who ' +
        'can redirect that traffic receives every write of the cluster, Secrets included, and can answer ' +
        'reads with forged objects.',
    remediation: 'Set `--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt`.',
    references: {
        cis: ['apiserver.etcd-cafile'],
        nsa: ['network.etcd'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tasks/administer-cluster/configure-upgrade-etcd/#securing-etcd-clusters'],
    },
    evaluate(c) {
        return requireSet(c, ['etcd-cafile'], 'etcd\'s serving certificate is not verified');
    },
});
//# sourceMappingURL=apiserver-etcd-cafile.js.map