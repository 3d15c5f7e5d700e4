import check from './apiserver-audit-log-path.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
        { name: 'webhook backend only', yaml: kubeApiServer({ 'audit-log-path': null, 'audit-webhook-config-file': '/etc/kubernetes/audit/webhook.yaml' }) },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'audit-log-path': null }), findings: [{ message: 'does not set --audit-log-path' }] },
    ],
});
//# sourceMappingURL=apiserver-audit-log-path.test.js.map