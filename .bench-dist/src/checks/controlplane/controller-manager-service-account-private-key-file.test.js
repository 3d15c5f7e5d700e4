import check from './controller-manager-service-account-private-key-file.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'missing', yaml: kubeControllerManager({ 'service-account-private-key-file': null }), findings: [{ message: '--service-account-private-key-file' }] },
    ],
});
//# sourceMappingURL=controller-manager-service-account-private-key-file.test.js.map