import check from './apiserver-service-account-key-file.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'service-account-key-file': null }), findings: [{ message: '--service-account-key-file' }] },
    ],
});
//# sourceMappingURL=apiserver-service-account-key-file.test.js.map