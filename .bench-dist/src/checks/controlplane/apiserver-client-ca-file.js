import { componentCheck, requireSet } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-client-ca-file',
    title: 'API server does not authenticate client certificates',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: '--client-ca-file is the CA that client certificates (kubelets, controller manager, scheduler, ' +
        'administrators) must chain to. Without it, certificate authentication is off and components fall ' +
        'back to weaker credentials such as static tokens.',
    remediation: 'Set `--client-ca-file=/etc/kubernetes/pki/ca.crt`.',
    references: {
        cis: ['apiserver.client-ca-file'],
        nsa: ['auth.authentication'],
        mitre: ['T1078'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#x509-client-certificates'],
    },
    evaluate(c) {
        return requireSet(c, ['client-ca-file'], 'client certificates are not accepted');
    },
});
//# sourceMappingURL=apiserver-client-ca-file.js.map