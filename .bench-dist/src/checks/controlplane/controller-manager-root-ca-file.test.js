import check from './controller-manager-root-ca-file.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'missing', yaml: kubeControllerManager({ 'root-ca-file': null }), findings: [{ message: '--root-ca-file' }] },
    ],
});
//# sourceMappingURL=controller-manager-root-ca-file.test.js.map