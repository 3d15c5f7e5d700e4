import check from './seccomp-default.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'on', yaml: kubeletConfig() },
        { name: 'flag', yaml: both(kubeletConfig({ seccompDefault: null }), ['--seccomp-default']) },
    ],
    fail: [
        { name: 'default', yaml: kubeletConfig({ seccompDefault: null }), findings: [{ message: 'Unconfined' }] },
    ],
});
//# sourceMappingURL=seccomp-default.test.js.map