import check from './rotate-certificates.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'on', yaml: kubeletConfig() },
    ],
    fail: [
        { name: 'off', yaml: kubeletConfig({ rotateCertificates: 'false' }), findings: [{ message: 'set in the config file' }] },
        { name: 'unset: the default is false', yaml: kubeletConfig({ rotateCertificates: null }), findings: [{ message: 'leaves it to the default' }] },
    ],
});
//# sourceMappingURL=rotate-certificates.test.js.map