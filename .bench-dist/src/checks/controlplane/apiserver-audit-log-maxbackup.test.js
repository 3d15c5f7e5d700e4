import check from './apiserver-audit-log-maxbackup.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set as recommended', yaml: kubeApiServer() },
        { name: 'no audit log file: nothing to rotate', yaml: kubeApiServer({ 'audit-log-path': null, 'audit-log-maxbackup': null }) },
    ],
    fail: [
        { name: 'not set', yaml: kubeApiServer({ 'audit-log-maxbackup': null }), findings: [{ message: '--audit-log-maxbackup is not set' }] },
        { name: 'too small', yaml: kubeApiServer({ 'audit-log-maxbackup': '5' }), findings: [{ message: '--audit-log-maxbackup is 5' }] },
    ],
});
//# sourceMappingURL=apiserver-audit-log-maxbackup.test.js.map