import check from './apiserver-audit-log-maxage.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set as recommended', yaml: kubeApiServer() },
        { name: 'no audit log file: nothing to rotate', yaml: kubeApiServer({ 'audit-log-path': null, 'audit-log-maxage': null }) },
    ],
    fail: [
        { name: 'not set', yaml: kubeApiServer({ 'audit-log-maxage': null }), findings: [{ message: '--audit-log-maxage is not set' }] },
        { name: 'too small', yaml: kubeApiServer({ 'audit-log-maxage': '15' }), findings: [{ message: '--audit-log-maxage is 15' }] },
    ],
});
//# sourceMappingURL=apiserver-audit-log-maxage.test.js.map