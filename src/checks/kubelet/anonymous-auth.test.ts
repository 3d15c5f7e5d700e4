import check from './anonymous-auth.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';

// Command line and config file in one input are one kubelet: flags override the file.
const both = (config: string, flags: readonly string[] = []): string => config + '---\n' + kubeletCommandLine(flags);

testCheck(check, {
  pass: [
    { name: 'hardened config', yaml: kubeletConfig() },
    { name: 'flag overrides the file', yaml: both(kubeletConfig({ authentication: '\n  anonymous:\n    enabled: true' }), ['--anonymous-auth=false']) },
  ],
  fail: [
    {
      name: 'config file default: off, but CIS 4.2.1 asks for an explicit false',
      yaml: kubeletConfig({ authentication: '\n  webhook:\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt' }),
      findings: [{ severity: 'info', message: 'leaves anonymous authentication to the KubeletConfiguration default (off)' }],
    },
    { name: 'enabled in the file', yaml: kubeletConfig({ authentication: '\n  anonymous:\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt' }), findings: [{ message: 'accepts anonymous requests (set in the config file (authentication.anonymous.enabled))' }] },
    { name: 'flag overrides a safe file', yaml: both(kubeletConfig(), ['--anonymous-auth=true']), findings: [{ message: 'set on the command line (--anonymous-auth=true)' }] },
    { name: 'no config file: command-line default, with AlwaysAllow', yaml: kubeletCommandLine([], 'worker-1', false), findings: [{ message: 'anyone reaching port 10250', severity: 'critical' }] },
  ],
});
