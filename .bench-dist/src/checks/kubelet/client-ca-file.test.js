import check from './client-ca-file.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeletConfig() },
        { name: 'set by flag', yaml: both(kubeletConfig({ authentication: '\n  anonymous:\n    enabled: false' }), ['--client-ca-file=/etc/kubernetes/pki/ca.crt']) },
    ],
    fail: [
        { name: 'missing', yaml: kubeletConfig({ authentication: '\n  anonymous:\n    enabled: false\n  webhook:\n    enabled: true' }), findings: [{ message: 'has no client CA file' }] },
    ],
});
//# sourceMappingURL=client-ca-file.test.js.map