import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdBool } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.peer-client-cert-auth',
    title: 'etcd does not authenticate its peers',
    severity: 'high',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'Without --peer-client-cert-auth, any host that can reach the peer port can act as a member of the ' +
        'etcd cluster and receive the replicated state, Secrets included.',
    remediation: 'Set `--peer-client-cert-auth=true` and `--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.',
    references: {
        cis: ['etcd.peer-client-cert-auth'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    evaluate(c) {
        const s = etcdBool(c, 'peer-client-cert-auth', false);
        if (s === 'config-file' || s.value === true)
            return undefined;
        const shown = s.setting ? `runs with ${s.setting.text}` : `does not set --peer-client-cert-auth, and defaults to false`;
        return { message: `${describe(c)} ${shown}: set --peer-client-cert-auth=true`, pointer: s.setting?.pointer, evidence: { value: s.setting?.value ?? null } };
    },
});
//# sourceMappingURL=peer-client-cert-auth.js.map