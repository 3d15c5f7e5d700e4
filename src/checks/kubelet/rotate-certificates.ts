import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.rotate-certificates',
  title: 'Kubelet does not rotate its client certificate',
  severity: 'medium',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'With rotateCertificates the kubelet requests a new client certificate before the current one ' +
    'expires. Without it (the default when unset) the certificate either expires and takes the node down, ' +
    'or is issued for years, which makes a stolen node credential useful for years.',
  remediation: 'Set `rotateCertificates: true` in the KubeletConfiguration (kubeadm does) or remove `--rotate-certificates=false`.',
  references: {
      cis: ['kubelet.rotate-certificates'],
      nsa: ['auth.authentication'],
      mitre: ['T1552.001'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/tasks/tls/certificate-rotation/'],
  },
  evaluate(k) {
    const s = k.get('rotateCertificates');
    if (!s || s.value === true) return undefined;
    // CIS 4.2.10 asks only that it is "not set to false": left unset (off) it passes the benchmark.
    return { message: `${kubeletName(k)} does not rotate its client certificate (${origin(s.from)})`, from: s.from, evidence: { rotateCertificates: s.value ?? null }, ...(s.from.source === 'default' && { cis: [] }) };
  },
});
