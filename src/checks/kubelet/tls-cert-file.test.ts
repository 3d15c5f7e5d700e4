import check from './tls-cert-file.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';

// Command line and config file in one input are one kubelet: flags override the file.
const both = (config: string, flags: readonly string[] = []): string => config + '---\n' + kubeletCommandLine(flags);

testCheck(check, {
  pass: [
    { name: 'certificate files', yaml: kubeletConfig({ serverTLSBootstrap: null, tlsCertFile: '/var/lib/kubelet/pki/kubelet.crt', tlsPrivateKeyFile: '/var/lib/kubelet/pki/kubelet.key' }) },
  ],
  fail: [
    { name: 'serverTLSBootstrap: a CA-signed certificate, but CIS 4.2.9 asks for the files', yaml: kubeletConfig(), findings: [{ severity: 'info', message: 'gets its serving certificate through serverTLSBootstrap' }] },
    { name: 'kubeadm default', yaml: kubeletConfig({ serverTLSBootstrap: null }), findings: [{ message: 'serves a self-signed certificate' }] },
  ],
});
