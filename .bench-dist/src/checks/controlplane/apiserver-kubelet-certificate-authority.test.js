import check from './apiserver-kubelet-certificate-authority.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'kubeadm default', yaml: kubeApiServer({ 'kubelet-certificate-authority': null }), findings: [{ message: 'does not set --kubelet-certificate-authority' }] },
    ],
});
//# sourceMappingURL=apiserver-kubelet-certificate-authority.test.js.map