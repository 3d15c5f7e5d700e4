import check from './apiserver-service-account-lookup.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'default', yaml: kubeApiServer() },
        { name: 'explicit', yaml: kubeApiServer({ 'service-account-lookup': 'true' }) },
    ],
    fail: [
        { name: 'off', yaml: kubeApiServer({ 'service-account-lookup': 'false' }), findings: [{ message: '--service-account-lookup=false' }] },
    ],
});
//# sourceMappingURL=apiserver-service-account-lookup.test.js.map