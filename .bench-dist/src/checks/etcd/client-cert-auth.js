import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdBool } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.client-cert-auth',
    title: 'etcd does not require client certificates',
    severity: 'critical',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'Without --client-cert-auth, etcd serves any client that can reach its port: no credential stands ' +
        'between the network and every Secret of the cluster. Only the API servers (and backup tooling) ' +
        'should be able to talk to etcd, with certificates from etcd\'s own CA.',
    remediation: 'Set `--client-cert-auth=true` and `--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`.',
    references: {
        cis: ['etcd.client-cert-auth'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    evaluate(c) {
        const s = etcdBool(c, 'client-cert-auth', false);
        if (s === 'config-file' || s.value === true)
            return undefined;
        const shown = s.setting ? `runs with ${s.setting.text}` : `does not set --client-cert-auth, and defaults to false`;
        return { message: `${describe(c)} ${shown}: set --client-cert-auth=true`, pointer: s.setting?.pointer, evidence: { value: s.setting?.value ?? null } };
    },
});
//# sourceMappingURL=client-cert-auth.js.map