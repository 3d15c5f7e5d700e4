import check from './controller-manager-terminated-pod-gc-threshold.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'default', yaml: kubeControllerManager({ 'terminated-pod-gc-threshold': null }), findings: [{ message: 'beyond 12500' }] },
        { name: 'zero disables collection', yaml: kubeControllerManager({ 'terminated-pod-gc-threshold': '0' }), findings: [{ message: 'never collected' }] },
    ],
});
//# sourceMappingURL=controller-manager-terminated-pod-gc-threshold.test.js.map