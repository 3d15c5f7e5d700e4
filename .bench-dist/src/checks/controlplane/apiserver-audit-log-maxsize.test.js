import check from './apiserver-audit-log-maxsize.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set as recommended', yaml: kubeApiServer() },
        { name: 'no audit log file: nothing to rotate', yaml: kubeApiServer({ 'audit-log-path': null, 'audit-log-maxsize': null }) },
    ],
    fail: [
        { name: 'not set', yaml: kubeApiServer({ 'audit-log-maxsize': null }), findings: [{ message: '--audit-log-maxsize is not set' }] },
        { name: 'too small', yaml: kubeApiServer({ 'audit-log-maxsize': '50' }), findings: [{ message: '--audit-log-maxsize is 50' }] },
    ],
});
//# sourceMappingURL=apiserver-audit-log-maxsize.test.js.map