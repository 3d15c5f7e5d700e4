import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.read-only-port',
  title: 'Kubelet serves the unauthenticated read-only port',
  severity: 'high',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'The read-only port (10255) serves pod specs, including environment variables, and node metrics ' +
    'without any authentication or authorization. Anyone who reaches it maps the workloads of the node ' +
    'and often reads credentials passed in env. Without a config file the kubelet opens it by default; ' +
    'KubeletConfiguration v1beta1 defaults it to 0 (closed).',
  remediation: 'Set `readOnlyPort: 0` in the KubeletConfiguration (or `--read-only-port=0`), and block 10255 at the network level.',
  references: {
      cis: ['kubelet.read-only-port'],
      nsa: ['network.worker-node-segmentation'],
      mitre: ['T1613', 'T1552.007'],
      microsoft: ['MS-TA9030'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  evaluate(k) {
    const s = k.get('readOnlyPort');
    if (!s || s.value === 0) return undefined;
    // CIS 4.2.4 checks the port only "if defined": the command-line default 10255 is open, yet passes the benchmark.
    return { message: `${kubeletName(k)} serves the unauthenticated read-only port ${s.value} (${origin(s.from)})`, from: s.from, evidence: { readOnlyPort: s.value }, ...(s.from.source === 'default' && { cis: [] }) };
  },
});
