import { componentCheck, describe, flagPointer } from './component-check.js';
import { CIS_CIPHER_SUITES, STRONG_CIPHER_SUITES } from '../../analysis/components/specs.js';

export default componentCheck({
  id: 'controlplane.apiserver-tls-cipher-suites',
  title: 'API server allows weak TLS cipher suites',
  severity: 'medium',
  category: 'controlplane',
  area: 'api-server',
  component: 'kube-apiserver',
  rationale:
    'Without --tls-cipher-suites the API server accepts Go\'s default suites, which (depending on the Go ' +
    'version Kubernetes was built with) include CBC-mode suites open to padding-oracle attacks and ' +
    'static-RSA key exchange without forward secrecy. Listing only ECDHE suites with AES-GCM or ' +
    'ChaCha20-Poly1305 keeps recorded traffic private even if a key leaks later.',
  remediation: 'Set `--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305` (TLS 1.3 suites are always on).',
  references: {
      cis: ['apiserver.tls-cipher-suites'],
      nsa: ['network.encryption'],
      mitre: ['T1040'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
  },
  evaluate(c, { cisVersion }) {
    const suites = c.flags.list('tls-cipher-suites');
    if (suites === undefined) return { message: `${describe(c)} does not set --tls-cipher-suites: Go's defaults include suites without forward secrecy or AEAD`, severity: 'low', evidence: { value: null } };
    const listed = suites.map((s) => s.trim());
    const weak = listed.filter((s) => !STRONG_CIPHER_SUITES.has(s));
    // The benchmark's own list differs by version (v1.8 still accepts 3DES): its id only when it rejects one.
    const rejected = listed.filter((s) => !CIS_CIPHER_SUITES['kube-apiserver'][cisVersion].has(s));
    if (weak.length === 0 && rejected.length === 0) return undefined;
    const shown = weak.length > 0 ? weak : rejected;
    return {
      message: `${describe(c)} allows ${weak.length > 0 ? 'weak TLS cipher suites' : `TLS cipher suites CIS v${cisVersion} does not list`}: ${shown.join(', ')}`,
      pointer: flagPointer(c, 'tls-cipher-suites'),
      evidence: { weak, notInBenchmark: rejected },
      ...(weak.length === 0 && { severity: 'low' as const }),
      ...(rejected.length === 0 && { cis: [] }),
    };
  },
});
