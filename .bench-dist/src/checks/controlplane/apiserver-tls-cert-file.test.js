import check from './apiserver-tls-cert-file.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing key', yaml: kubeApiServer({ 'tls-private-key-file': null }), findings: [{ message: '--tls-private-key-file' }] },
    ],
});
//# sourceMappingURL=apiserver-tls-cert-file.test.js.map