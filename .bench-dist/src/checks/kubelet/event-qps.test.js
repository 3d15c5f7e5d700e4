import check from './event-qps.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: '50', yaml: kubeletConfig() },
        { name: 'default', yaml: kubeletConfig({ eventRecordQPS: null }) },
    ],
    fail: [
        { name: '0 in the file', yaml: kubeletConfig({ eventRecordQPS: '0' }), findings: [{ message: 'unlimited' }] },
        { name: '0 by flag', yaml: both(kubeletConfig(), ['--event-qps=0']), findings: [{ message: '--event-qps=0' }] },
    ],
});
//# sourceMappingURL=event-qps.test.js.map