import check from './protect-kernel-defaults.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'on', yaml: kubeletConfig() },
    ],
    fail: [
        { name: 'off', yaml: kubeletConfig({ protectKernelDefaults: 'false' }), findings: [{ message: 'may modify kernel settings' }] },
    ],
});
//# sourceMappingURL=protect-kernel-defaults.test.js.map