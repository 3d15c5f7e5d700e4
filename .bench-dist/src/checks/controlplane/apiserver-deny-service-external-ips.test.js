import check from './apiserver-deny-service-external-ips.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'enabled', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'kubeadm default plugins', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction' }), findings: [{ message: 'does not enable the DenyServiceExternalIPs' }] },
    ],
});
//# sourceMappingURL=apiserver-deny-service-external-ips.test.js.map