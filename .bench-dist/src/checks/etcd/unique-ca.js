import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdSetting } from '../../analysis/components/etcd.js';
import { componentsOf } from '../../analysis/components/components.js';
export default componentCheck({
    id: 'etcd.unique-ca',
    title: 'etcd trusts the same CA as the Kubernetes API',
    severity: 'medium',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'etcd should accept client certificates from a CA of its own. When --trusted-ca-file is the cluster ' +
        'CA that also signs kubelet, administrator and component certificates (the API server\'s ' +
        '--client-ca-file), every one of those certificates can talk to etcd directly, bypassing ' +
        'authorization and audit.',
    remediation: 'Create a dedicated CA for etcd (kubeadm uses /etc/kubernetes/pki/etcd/ca.crt), set `--trusted-ca-file` to it, and give the API server a client certificate from it (`--etcd-certfile`).',
    references: {
        cis: ['etcd.unique-ca'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/', 'https://kubernetes.io/docs/setup/best-practices/certificates/'],
    },
    evaluate(c, { inventory }) {
        const ca = etcdSetting(c, 'trusted-ca-file');
        if (ca === 'config-file')
            return undefined;
        if (!ca || ca.value.trim() === '')
            return { message: `${describe(c)} does not set --trusted-ca-file: client certificates cannot be verified against a CA of etcd's own`, evidence: { value: null } };
        const shared = componentsOf(inventory, 'kube-apiserver').filter((a) => a.flags.string('client-ca-file') === ca.value && (c.node === undefined || a.node === undefined || a.node === c.node));
        if (shared.length === 0)
            return undefined;
        return { message: `${describe(c)} trusts ${ca.value}, the same CA the API server uses for client certificates (--client-ca-file): every cluster certificate can reach etcd`, pointer: ca.pointer, evidence: { trustedCaFile: ca.value } };
    },
});
//# sourceMappingURL=unique-ca.js.map