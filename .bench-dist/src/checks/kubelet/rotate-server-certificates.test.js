import check from './rotate-server-certificates.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'default', yaml: kubeletConfig() },
        { name: 'on', yaml: kubeletConfig({ featureGates: '\n  RotateKubeletServerCertificate: true' }) },
    ],
    fail: [
        { name: 'off in the file', yaml: kubeletConfig({ featureGates: '\n  RotateKubeletServerCertificate: false' }), findings: [{ message: 'turns off the RotateKubeletServerCertificate' }] },
        { name: 'off by flag, over the file', yaml: both(kubeletConfig({ featureGates: '\n  RotateKubeletServerCertificate: true' }), ['--feature-gates=RotateKubeletServerCertificate=false']), findings: [{ message: '--feature-gates=RotateKubeletServerCertificate=false' }] },
    ],
});
//# sourceMappingURL=rotate-server-certificates.test.js.map