import { componentCheck, describe, flagPointer } from './component-check.js';
import { parseGoBool } from '../../analysis/components/flags.js';
export default componentCheck({
    id: 'controlplane.controller-manager-rotate-kubelet-server-certificate',
    title: 'Controller manager turns off kubelet serving certificate rotation',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'The RotateKubeletServerCertificate feature gate (on by default) lets kubelets request their serving ' +
        'certificates from the cluster CA and renew them before they expire. Turned off, kubelets keep ' +
        'self-signed or long-lived serving certificates that the API server cannot verify.',
    remediation: 'Remove `RotateKubeletServerCertificate=false` from `--feature-gates`.',
    references: {
        cis: ['controller-manager.rotate-kubelet-server-certificate'],
        nsa: ['network.encryption'],
        mitre: ['T1557'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation'],
    },
    evaluate(c) {
        const gate = c.flags.map('feature-gates')?.get('RotateKubeletServerCertificate');
        if (gate === undefined || parseGoBool(gate) !== false)
            return undefined;
        return { message: `${describe(c)} runs with --feature-gates RotateKubeletServerCertificate=${gate}`, pointer: flagPointer(c, 'feature-gates'), evidence: { gate: 'RotateKubeletServerCertificate', value: gate } };
    },
});
//# sourceMappingURL=controller-manager-rotate-kubelet-server-certificate.js.map