import check from './apiserver-client-ca-file.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'client-ca-file': null }), findings: [{ message: '--client-ca-file' }] },
    ],
});
//# sourceMappingURL=apiserver-client-ca-file.test.js.map