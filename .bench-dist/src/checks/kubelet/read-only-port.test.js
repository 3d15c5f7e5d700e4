import check from './read-only-port.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'closed', yaml: kubeletConfig() },
        { name: 'config file default', yaml: kubeletConfig({ readOnlyPort: null }) },
    ],
    fail: [
        { name: '10255 in the file', yaml: kubeletConfig({ readOnlyPort: '10255' }), findings: [{ message: 'read-only port 10255' }] },
        { name: 'no config file', yaml: kubeletCommandLine([], 'worker-1', false), findings: [{ message: 'read-only port 10255' }] },
        { name: 'flag overrides the file', yaml: both(kubeletConfig(), ['--read-only-port=10255']), findings: [{ message: '--read-only-port=10255' }] },
    ],
});
//# sourceMappingURL=read-only-port.test.js.map