import check from './apiserver-audit-policy-file.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'audit-policy-file': null }), findings: [{ message: 'no audit events are recorded' }] },
    ],
});
//# sourceMappingURL=apiserver-audit-policy-file.test.js.map