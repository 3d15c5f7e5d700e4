import { componentCheck, requireBool } from './component-check.js';
export default componentCheck({
    id: 'controlplane.scheduler-profiling',
    title: 'The scheduler exposes profiling data',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-scheduler',
    rationale: 'With profiling on (the default), The scheduler serves /debug/pprof: stack traces, heap and CPU ' +
        'profiles that reveal internal state, and that cost CPU each time someone collects them.',
    remediation: 'Set `--profiling=false`.',
    references: {
        cis: ['scheduler.profiling'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1613'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-scheduler/'],
    },
    evaluate(c) {
        return requireBool(c, 'profiling', false, true);
    },
});
//# sourceMappingURL=scheduler-profiling.js.map