import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-audit-policy-file',
    title: 'API server has no audit policy',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The audit policy decides which requests are recorded and with how much detail. Without ' +
        '--audit-policy-file the API server records nothing, even with --audit-log-path set: the log stays ' +
        'empty. A minimal policy logs every request at Metadata level and the sensitive ones with more care.',
    remediation: 'Write an audit Policy (audit.k8s.io/v1) and set `--audit-policy-file=/etc/kubernetes/audit/policy.yaml`; mount it read-only into the API server pod.',
    references: {
        cis: ['logging.audit-policy'],
        nsa: ['logging.audit-logging'],
        mitre: ['T1562.008'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy'],
    },
    evaluate(c) {
        return requireSet(c, ['audit-policy-file'], 'no audit events are recorded');
    },
});
//# sourceMappingURL=apiserver-audit-policy-file.js.map