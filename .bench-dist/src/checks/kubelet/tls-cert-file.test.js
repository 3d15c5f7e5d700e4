import check from './tls-cert-file.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';
// Command line and config file in one input are one kubelet: flags override the file.
const both = (config, flags = []) => config + '---\n' + kubeletCommandLine(flags);
testCheck(check, {
    pass: [
        { name: 'serverTLSBootstrap', yaml: kubeletConfig() },
        { name: 'certificate files', yaml: kubeletConfig({ serverTLSBootstrap: null, tlsCertFile: '/var/lib/kubelet/pki/kubelet.crt', tlsPrivateKeyFile: '/var/lib/kubelet/pki/kubelet.key' }) },
    ],
    fail: [
        { name: 'kubeadm default', yaml: kubeletConfig({ serverTLSBootstrap: null }), findings: [{ message: 'serves a self-signed certificate' }] },
    ],
});
//# sourceMappingURL=tls-cert-file.test.js.map