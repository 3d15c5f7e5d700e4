import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';

export default kubeletCheck({
  id: 'kubelet.tls-cert-file',
  title: 'Kubelet serves a self-signed certificate',
  severity: 'medium',
  category: 'kubelet',
  area: 'kubelet',
  rationale:
    'Without tlsCertFile and tlsPrivateKeyFile, and without serverTLSBootstrap, the kubelet generates a ' +
    'self-signed serving certificate. The API server cannot verify it, so --kubelet-certificate-authority ' +
    'cannot be used, and everything sent to the kubelet (exec sessions, logs) can be intercepted by ' +
    'whoever impersonates the node.',
  remediation: 'Set `serverTLSBootstrap: true` (certificates from the cluster CA, renewed automatically; approve the kubelet-serving CSRs) or set `tlsCertFile` and `tlsPrivateKeyFile` to a certificate signed by the cluster CA.',
  references: {
      cis: ['kubelet.tls-cert-file'],
      nsa: ['network.encryption'],
      mitre: ['T1557'],
      kcsa: ['cluster-component-security'],
      docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation'],
  },
  evaluate(k) {
    const cert = k.get('tlsCertFile');
    const key = k.get('tlsPrivateKeyFile');
    const bootstrap = k.get('serverTLSBootstrap');
    if (!cert || !key || !bootstrap) return undefined;
    if (cert.value !== '' && key.value !== '') return undefined;
    // CIS 4.2.9 (kube-bench alike) asks for the files themselves; serverTLSBootstrap serves a CA-signed certificate too.
    if (bootstrap.value === true) return { message: `${kubeletName(k)} gets its serving certificate through serverTLSBootstrap (signed by the cluster CA); CIS 4.2.9 asks for tlsCertFile and tlsPrivateKeyFile`, from: bootstrap.from, severity: 'info', evidence: { serverTLSBootstrap: true, tlsCertFile: cert.value || null, tlsPrivateKeyFile: key.value || null } };
    const missing = cert.value === '' ? cert : key;
    return { message: `${kubeletName(k)} has no serving certificate (tlsCertFile/tlsPrivateKeyFile) and no serverTLSBootstrap: it serves a self-signed certificate (${origin(missing.from)})`, from: missing.from, evidence: { tlsCertFile: cert.value || null, tlsPrivateKeyFile: key.value || null } };
  },
});
