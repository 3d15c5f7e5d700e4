import check from './controller-manager-profiling.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'off', yaml: kubeControllerManager() },
    ],
    fail: [
        { name: 'default', yaml: kubeControllerManager({ 'profiling': null }), findings: [{ message: 'defaults to true' }] },
        { name: 'on', yaml: kubeControllerManager({ 'profiling': 'true' }), findings: [{ message: '--profiling=true' }] },
    ],
});
//# sourceMappingURL=controller-manager-profiling.test.js.map