import check from './apiserver-service-account-extend-token-expiration.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'off', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'default', yaml: kubeApiServer({ 'service-account-extend-token-expiration': null }), findings: [{ message: 'defaults to true' }] },
    ],
});
//# sourceMappingURL=apiserver-service-account-extend-token-expiration.test.js.map