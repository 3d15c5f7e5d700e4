import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-profiling',
    title: 'The controller manager exposes profiling data',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'With profiling on (the default), The controller manager serves /debug/pprof: stack traces, heap and ' +
        'CPU profiles that reveal internal state, and that cost CPU each time someone collects them.',
    remediation: 'Set `--profiling=false`.',
    references: {
        cis: ['controller-manager.profiling'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1613'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    },
    evaluate(c) {
        return requireBool(c, 'profiling', false, true);
    },
});
//# sourceMappingURL=controller-manager-profiling.js.map