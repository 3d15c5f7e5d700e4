import check from './authorization-mode.js';
import { testCheck } from '../testing.js';
import { kubeletCommandLine, kubeletConfig } from '../kubeadm-fixtures.js';

// Command line and config file in one input are one kubelet: flags override the file.
const both = (config: string, flags: readonly string[] = []): string => config + '---\n' + kubeletCommandLine(flags);

testCheck(check, {
  pass: [
    { name: 'Webhook', yaml: kubeletConfig() },
  ],
  fail: [
    { name: 'config file default is Webhook, but CIS 4.2.2 asks for an explicit mode', yaml: kubeletConfig({ authorization: null }), findings: [{ severity: 'info', message: 'leaves its authorization mode to the KubeletConfiguration default (Webhook)' }] },
    { name: 'in the file', yaml: kubeletConfig({ authorization: '\n  mode: AlwaysAllow' }), findings: [{ message: 'mode AlwaysAllow' }] },
    { name: 'no config file', yaml: kubeletCommandLine([], 'worker-1', false), findings: [{ message: 'command-line default' }] },
  ],
});
