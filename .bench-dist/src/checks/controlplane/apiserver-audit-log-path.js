import { componentCheck, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-audit-log-path',
    title: 'API server writes no audit log',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'The audit log is the record of who did what through the API: without it, credential abuse, privilege ' +
        'escalation and data access leave no trace, and incident response starts blind. --audit-log-path ' +
        'writes it to a file (use an audit webhook backend to send it off the node as well).',
    remediation: 'Set `--audit-log-path=/var/log/kubernetes/audit/audit.log` together with `--audit-policy-file`, and mount the log directory from the host.',
    references: {
        cis: ['apiserver.audit-log-path'],
        nsa: ['logging.audit-logging'],
        mitre: ['T1562.008', 'T1070'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/'],
    },
    evaluate(c) {
        if ((c.flags.string('audit-log-path') ?? '') !== '' || (c.flags.string('audit-webhook-config-file') ?? '') !== '')
            return undefined;
        return { message: `${describe(c)} does not set --audit-log-path (nor an audit webhook): API requests are not recorded`, evidence: { missing: ['--audit-log-path'] } };
    },
});
//# sourceMappingURL=apiserver-audit-log-path.js.map