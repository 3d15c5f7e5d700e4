import check from './controller-manager-bind-address.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'localhost', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'all interfaces', yaml: kubeControllerManager({ 'bind-address': '0.0.0.0' }), findings: [{ message: '--bind-address=0.0.0.0' }] },
        { name: 'default', yaml: kubeControllerManager({ 'bind-address': null }), findings: [{ message: 'defaults to 0.0.0.0' }] },
    ],
});
//# sourceMappingURL=controller-manager-bind-address.test.js.map