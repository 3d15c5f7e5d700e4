import check from './apiserver-encryption-provider-config.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'encryption-provider-config': null }), findings: [{ message: 'stored in etcd unencrypted' }] },
    ],
});
//# sourceMappingURL=apiserver-encryption-provider-config.test.js.map