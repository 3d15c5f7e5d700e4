import { componentCheck, describe } from '../controlplane/component-check.js';
import { etcdBool } from '../../analysis/components/etcd.js';
export default componentCheck({
    id: 'etcd.auto-tls',
    title: 'etcd serves clients with a self-signed certificate (--auto-tls)',
    severity: 'medium',
    category: 'etcd',
    area: 'api-server',
    component: 'etcd',
    rationale: 'With --auto-tls etcd generates a self-signed certificate for client connections. Clients cannot ' +
        'verify it, so the encryption protects against passive eavesdropping only: anyone who can intercept ' +
        'the traffic can impersonate etcd.',
    remediation: 'Remove `--auto-tls` and give etcd a certificate from its CA with `--cert-file` and `--key-file`.',
    references: {
        cis: ['etcd.auto-tls'],
        nsa: ['network.etcd'],
        mitre: ['T1552.001', 'T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    evaluate(c) {
        const s = etcdBool(c, 'auto-tls', false);
        if (s === 'config-file' || s.value === false)
            return undefined;
        const shown = s.setting ? `runs with ${s.setting.text}` : `does not set --auto-tls, and defaults to false`;
        return { message: `${describe(c)} ${shown}: set --auto-tls=false`, pointer: s.setting?.pointer, evidence: { value: s.setting?.value ?? null } };
    },
});
//# sourceMappingURL=auto-tls.js.map