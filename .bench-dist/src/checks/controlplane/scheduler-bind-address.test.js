import check from './scheduler-bind-address.js';
import { testCheck } from '../testing.js';
import { kubeScheduler } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'localhost', yaml: kubeScheduler() },
    ],
    fail: [
        { name: 'all interfaces', yaml: kubeScheduler({ 'bind-address': '0.0.0.0' }), findings: [{ message: '--bind-address=0.0.0.0' }] },
        { name: 'default', yaml: kubeScheduler({ 'bind-address': null }), findings: [{ message: 'defaults to 0.0.0.0' }] },
    ],
});
//# sourceMappingURL=scheduler-bind-address.test.js.map