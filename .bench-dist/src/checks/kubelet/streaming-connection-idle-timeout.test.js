import check from './streaming-connection-idle-timeout.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: '5m', yaml: kubeletConfig() },
        { name: '0s in the file reads as the 4h default', yaml: kubeletConfig({ streamingConnectionIdleTimeout: '0s' }) },
    ],
    fail: [
        { name: '0 on the command line', yaml: both(kubeletConfig(), ['--streaming-connection-idle-timeout=0']), findings: [{ message: 'never closes idle streaming connections' }] },
    ],
});
//# sourceMappingURL=streaming-connection-idle-timeout.test.js.map