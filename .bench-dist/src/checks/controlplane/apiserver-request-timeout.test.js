import check from './apiserver-request-timeout.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'default', yaml: kubeApiServer() },
        { name: 'as the benchmark suggests', yaml: kubeApiServer({ 'request-timeout': '300s' }) },
    ],
    fail: [
        { name: 'an hour', yaml: kubeApiServer({ 'request-timeout': '1h' }), findings: [{ message: 'longer than 300s' }] },
        { name: 'no unit', yaml: kubeApiServer({ 'request-timeout': '60' }), findings: [{ message: 'not a duration' }] },
    ],
});
//# sourceMappingURL=apiserver-request-timeout.test.js.map