import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
import { CIS_CIPHER_SUITES, STRONG_CIPHER_SUITES } from '../../analysis/components/specs.js';

export default kubeletCheck({
  id: 'kubelet.tls-cipher-suites',
  title: 'Kubelet allows weak TLS cipher suites',
  severity: 'medium',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'Without tlsCipherSuites the kubelet accepts Go\'s default suites, which (depending on the Go version) ' +
    'include CBC-mode and static-RSA suites without forward secrecy. The kubelet API carries exec ' +
    'sessions and logs; list only ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
  remediation: 'Set `tlsCipherSuites: [TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305]`.',
  references: {
      cis: ['kubelet.tls-cipher-suites'],
      nsa: ['network.encryption'],
      mitre: ['T1040'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
  },
  evaluate(k, { cisVersion }) {
    const s = k.get('tlsCipherSuites');
    if (!s) return undefined;
    if (s.value.length === 0) return { message: `${kubeletName(k)} does not restrict TLS cipher suites (${origin(s.from)}): Go's defaults include suites without forward secrecy or AEAD`, from: s.from, severity: 'low', evidence: { tlsCipherSuites: null } };
    const listed = s.value.map((x) => x.trim());
    const weak = listed.filter((x) => !STRONG_CIPHER_SUITES.has(x));
    // The benchmark's own list differs by version (v1.8 to v1.11 accept static-RSA GCM suites): its id only when it rejects one.
    const rejected = listed.filter((x) => !CIS_CIPHER_SUITES.kubelet[cisVersion].has(x));
    if (weak.length === 0 && rejected.length === 0) return undefined;
    const shown = weak.length > 0 ? weak : rejected;
    return {
      message: `${kubeletName(k)} allows ${weak.length > 0 ? 'weak TLS cipher suites' : `TLS cipher suites CIS v${cisVersion} does not list for the kubelet`}: ${shown.join(', ')} (${origin(s.from)})`,
      from: s.from,
      evidence: { weak, notInBenchmark: rejected },
      ...(weak.length === 0 && { severity: 'low' as const }),
      ...(rejected.length === 0 && { cis: [] }),
    };
  },
});
