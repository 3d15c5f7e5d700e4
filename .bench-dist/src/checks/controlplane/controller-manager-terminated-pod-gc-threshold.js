import { componentCheck, describe, flagPointer } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-terminated-pod-gc-threshold',
    title: 'Controller manager keeps up to 12500 terminated pods',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'Terminated pods stay in etcd until the pod garbage collector removes them, which by default happens ' +
        'only beyond 12500 of them. They hold their specs, environment and status, take etcd space, and slow ' +
        'down every list of pods; the CIS Benchmark asks for a threshold chosen for the cluster.',
    remediation: 'Set `--terminated-pod-gc-threshold` to a value suited to the cluster, e.g. `--terminated-pod-gc-threshold=10` on small clusters.',
    references: {
        cis: ['controller-manager.terminated-pod-gc-threshold'],
        nsa: ['network.resource-policies'],
        mitre: ['T1499'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/', 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection'],
    },
    evaluate(c) {
        const value = c.flags.int('terminated-pod-gc-threshold');
        if (value !== undefined && !Number.isNaN(value) && value > 0)
            return undefined;
        if (value === undefined)
            return { message: `${describe(c)} does not set --terminated-pod-gc-threshold: terminated pods are collected only beyond 12500`, evidence: { value: null } };
        return { message: `${describe(c)} has --terminated-pod-gc-threshold=${c.flags.string('terminated-pod-gc-threshold')}: terminated pods are never collected`, pointer: flagPointer(c, 'terminated-pod-gc-threshold'), evidence: { value: c.flags.string('terminated-pod-gc-threshold') } };
    },
});
//# sourceMappingURL=controller-manager-terminated-pod-gc-threshold.js.map