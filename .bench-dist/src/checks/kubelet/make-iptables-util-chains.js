import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.make-iptables-util-chains',
    title: 'Kubelet does not manage its iptables chains',
    severity: 'low',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'With makeIPTablesUtilChains the kubelet keeps the iptables utility chains (KUBE-MARK-DROP, ' +
        'KUBE-FIREWALL) that kube-proxy and the kubelet rely on; among them, the rule that drops packets to ' +
        '127.0.0.0/8 arriving from outside the node (the fix of CVE-2020-8558). Turned off, those rules can ' +
        'go missing and pod networking can differ from what policies assume.',
    remediation: 'Remove `makeIPTablesUtilChains: false` (default true) or `--make-iptables-util-chains=false`.',
    references: {
        cis: ['kubelet.make-iptables-util-chains'],
        nsa: ['network.network-policies'],
        mitre: ['T1090'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/'],
    },
    evaluate(k) {
        const s = k.get('makeIPTablesUtilChains');
        if (!s || s.value !== false)
            return undefined;
        return { message: `${kubeletName(k)} does not manage its iptables utility chains (${origin(s.from)})`, from: s.from, evidence: { makeIPTablesUtilChains: false } };
    },
});
//# sourceMappingURL=make-iptables-util-chains.js.map