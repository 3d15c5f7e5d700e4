import check from './apiserver-admission-service-account.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'on by default', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'disabled', yaml: kubeApiServer({ 'disable-admission-plugins': 'ServiceAccount' }), findings: [{ message: 'disables the ServiceAccount' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-service-account.test.js.map