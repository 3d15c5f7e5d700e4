import check from './apiserver-token-auth-file.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'hardened kubeadm manifest', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'static token file', yaml: kubeApiServer({ 'token-auth-file': '/etc/kubernetes/known_tokens.csv' }), findings: [{ message: 'static file /etc/kubernetes/known_tokens.csv' }] },
    ],
});
//# sourceMappingURL=apiserver-token-auth-file.test.js.map