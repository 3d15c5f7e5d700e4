import check from './controller-manager-use-service-account-credentials.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'default false', yaml: kubeControllerManager({ 'use-service-account-credentials': null }), findings: [{ message: 'defaults to false' }] },
    ],
});
//# sourceMappingURL=controller-manager-use-service-account-credentials.test.js.map