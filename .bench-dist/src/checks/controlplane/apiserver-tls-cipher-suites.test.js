import check from './apiserver-tls-cipher-suites.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'strong suites only', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'CBC and static RSA', yaml: kubeApiServer({ 'tls-cipher-suites': 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA' }), findings: [{ message: 'weak TLS cipher suites: TLS_RSA_WITH_AES_128_CBC_SHA', severity: 'medium' }] },
        { name: 'not set', yaml: kubeApiServer({ 'tls-cipher-suites': null }), findings: [{ message: 'does not set --tls-cipher-suites', severity: 'low' }] },
    ],
});
//# sourceMappingURL=apiserver-tls-cipher-suites.test.js.map