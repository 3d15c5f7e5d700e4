import { kubeletCheck, kubeletName, origin } from './kubelet-check.js';
export default kubeletCheck({
    id: 'kubelet.pod-pids-limit',
    title: 'Kubelet does not limit process IDs per pod',
    severity: 'low',
    category: 'kubelet',
    area: 'kubelet',
    rationale: 'Without podPidsLimit a single pod can fork until the node runs out of process IDs (a fork bomb), ' +
        'starving the kubelet, the container runtime and every other pod on the node.',
    remediation: 'Set `podPidsLimit` (or `--pod-max-pids`) to a value the workloads need, e.g. `podPidsLimit: 4096`.',
    references: {
        cis: ['kubelet.pod-pids-limit'],
        nsa: ['network.resource-policies'],
        mitre: ['T1499'],
        microsoft: ['MS-TA9040'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/concepts/policy/pid-limiting/'],
    },
    evaluate(k) {
        const s = k.get('podPidsLimit');
        if (!s || s.value > 0)
            return undefined;
        return { message: `${kubeletName(k)} does not limit process IDs per pod (${origin(s.from)})`, from: s.from, evidence: { podPidsLimit: s.value } };
    },
});
//# sourceMappingURL=pod-pids-limit.js.map