import check from './hostname-override.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'not set', yaml: both(kubeletConfig()) },
    ],
    fail: [
        { name: 'set', yaml: both(kubeletConfig(), ['--hostname-override=node-a']), findings: [{ message: 'overridden name "node-a"' }] },
    ],
});
//# sourceMappingURL=hostname-override.test.js.map