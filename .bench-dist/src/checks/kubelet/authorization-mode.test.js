import check from './authorization-mode.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'Webhook', yaml: kubeletConfig() },
        { name: 'config file default is Webhook', yaml: kubeletConfig({ authorization: null }) },
    ],
    fail: [
        { name: 'in the file', yaml: kubeletConfig({ authorization: '\n  mode: AlwaysAllow' }), findings: [{ message: 'mode AlwaysAllow' }] },
        { name: 'no config file', yaml: kubeletCommandLine([], 'worker-1', false), findings: [{ message: 'command-line default' }] },
    ],
});
//# sourceMappingURL=authorization-mode.test.js.map