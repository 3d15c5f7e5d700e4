import check from './make-iptables-util-chains.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'on', yaml: kubeletConfig() },
        { name: 'default', yaml: kubeletConfig({ makeIPTablesUtilChains: null }) },
    ],
    fail: [
        { name: 'off', yaml: kubeletConfig({ makeIPTablesUtilChains: 'false' }), findings: [{ message: 'does not manage its iptables' }] },
    ],
});
//# sourceMappingURL=make-iptables-util-chains.test.js.map