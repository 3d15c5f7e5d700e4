import check from './apiserver-kubelet-client-certificate.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'no key', yaml: kubeApiServer({ 'kubelet-client-key': null }), findings: [{ message: 'does not set --kubelet-client-key' }] },
        { name: 'neither', yaml: kubeApiServer({ 'kubelet-client-key': null, 'kubelet-client-certificate': null }), findings: [{ message: '--kubelet-client-certificate or --kubelet-client-key' }] },
    ],
});
//# sourceMappingURL=apiserver-kubelet-client-certificate.test.js.map