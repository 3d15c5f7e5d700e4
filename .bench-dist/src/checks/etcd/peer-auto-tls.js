import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdBool } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.peer-auto-tls',
    title: 'etcd members use self-signed certificates (--peer-auto-tls)',
    severity: 'medium',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'With --peer-auto-tls each member generates a self-signed certificate for peer connections; members ' +
        'cannot verify each other, so a rogue member can join.',
    remediation: 'Remove `--peer-auto-tls` and set `--peer-cert-file`, `--peer-key-file` and `--peer-trusted-ca-file` from etcd\'s CA.',
    references: {
        cis: ['etcd.peer-auto-tls'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    evaluate(c) {
        const s = etcdBool(c, 'peer-auto-tls', false);
        if (s === 'config-file' || s.value === false)
            return undefined;
        const shown = s.setting ? `runs with ${s.setting.text}` : `does not set --peer-auto-tls, and defaults to false`;
        return { message: `${describe(c)} ${shown}: set --peer-auto-tls=false`, pointer: s.setting?.pointer, evidence: { value: s.setting?.value ?? null } };
    },
});
//# sourceMappingURL=peer-auto-tls.js.map