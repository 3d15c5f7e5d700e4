import { componentCheck, admissionPlugins, enablePointer, describe } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-admission-event-rate-limit',
    title: 'API server does not limit the rate of events (EventRateLimit)',
    severity: 'low',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Events are written by every component and can be created by any user with access to a namespace. ' +
        'Without the EventRateLimit admission plugin a misbehaving controller, or an attacker, can flood the ' +
        'API server and etcd with events and degrade the whole control plane.',
    remediation: 'Enable EventRateLimit with a configuration: `--enable-admission-plugins=...,EventRateLimit` and `--admission-control-config-file=/etc/kubernetes/admission/admission.yaml` naming an `eventratelimit.admission.k8s.io/v1alpha1` Configuration with per-server, per-namespace and per-user limits.',
    references: {
        cis: ['apiserver.admission-event-rate-limit'],
        nsa: ['network.resource-policies'],
        mitre: ['T1499'],
        microsoft: ['MS-TA9040'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#eventratelimit'],
    },
    evaluate(c) {
        const { enabled, disabled } = admissionPlugins(c);
        if (enabled.includes('EventRateLimit') && !disabled.includes('EventRateLimit'))
            return undefined;
        return { message: `${describe(c)} does not enable the EventRateLimit admission plugin`, pointer: enablePointer(c), evidence: { enabled } };
    },
});
//# sourceMappingURL=apiserver-admission-event-rate-limit.js.map