import check from './tls-cipher-suites.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'strong', yaml: kubeletConfig() },
    ],
    fail: [
        { name: 'weak', yaml: kubeletConfig({ tlsCipherSuites: '[TLS_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]' }), findings: [{ message: 'weak TLS cipher suites: TLS_RSA_WITH_AES_256_GCM_SHA384', severity: 'medium' }] },
        { name: 'unset', yaml: kubeletConfig({ tlsCipherSuites: null }), findings: [{ message: 'does not restrict TLS cipher suites', severity: 'low' }] },
    ],
});
//# sourceMappingURL=tls-cipher-suites.test.js.map