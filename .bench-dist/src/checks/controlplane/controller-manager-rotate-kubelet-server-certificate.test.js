import check from './controller-manager-rotate-kubelet-server-certificate.js';
import { testCheck } from '../testing.js';
import { kubeControllerManager } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'on', yaml: kubeControllerManager() },
        { name: 'default', yaml: kubeControllerManager({ 'feature-gates': null }) },
    ],
    fail: [
        { name: 'off', yaml: kubeControllerManager({ 'feature-gates': 'RotateKubeletServerCertificate=false' }), findings: [{ message: 'RotateKubeletServerCertificate=false' }] },
    ],
});
//# sourceMappingURL=controller-manager-rotate-kubelet-server-certificate.test.js.map