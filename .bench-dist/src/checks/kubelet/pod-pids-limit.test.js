import check from './pod-pids-limit.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: '4096', yaml: kubeletConfig() },
        { name: 'by flag', yaml: both(kubeletConfig({ podPidsLimit: null }), ['--pod-max-pids=1024']) },
    ],
    fail: [
        { name: 'unset', yaml: kubeletConfig({ podPidsLimit: null }), findings: [{ message: 'does not limit process IDs' }] },
        { name: '-1', yaml: kubeletConfig({ podPidsLimit: '-1' }), findings: [{ message: 'does not limit process IDs' }] },
    ],
});
//# sourceMappingURL=pod-pids-limit.test.js.map