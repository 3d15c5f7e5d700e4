import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-profiling',
    title: 'API server exposes profiling data',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'With profiling on (the default), /debug/pprof serves the API server\'s stack traces, heap and CPU ' +
        'profiles to anyone authorized for that path. They reveal internal state and code paths, and ' +
        'collecting profiles costs CPU an attacker can trigger repeatedly.',
    remediation: 'Set `--profiling=false`.',
    references: {
        cis: ['apiserver.profiling'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1613'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/'],
    },
    evaluate(c) {
        return requireBool(c, 'profiling', false, true);
    },
});
//# sourceMappingURL=apiserver-profiling.js.map