import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.hostname-override',
    title: 'Kubelet overrides its node name (--hostname-override)',
    severity: 'low',
    category: 'kubelet',
    area: 'kubelet',
    rationale: '--hostname-override registers the node under a name other than its hostname. The names used for TLS ' +
        '(the kubelet serving certificate) and for the Node authorizer then no longer match the machine, ' +
        'which breaks certificate verification or leads operators to turn it off. Some cloud providers need ' +
        'it; elsewhere it should not be set.',
    remediation: 'Remove `--hostname-override` from the kubelet command line (kubeadm: /var/lib/kubelet/kubeadm-flags.env or the systemd drop-in).',
    references: {
        cis: ['kubelet.hostname-override'],
        nsa: ['auth.authentication'],
        mitre: ['T1036.005'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/'],
    },
    evaluate(k) {
        const s = k.get('hostnameOverride');
        if (!s || s.from.source !== 'flag' || s.value === '')
            return undefined;
        return { message: `${kubeletName(k)} registers under an overridden name "${s.value}" (${origin(s.from)})`, from: s.from, evidence: { hostnameOverride: s.value } };
    },
});
//# sourceMappingURL=hostname-override.js.map