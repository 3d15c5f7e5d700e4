import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
import { LIMITED_RESOURCES, isSet, resourcesOf, limitRangeDefaults } from '../../analysis/resources.js';
export default defineCheck({
    meta: {
        id: 'workload.resource-requests',
        title: 'Container has no CPU or memory request',
        severity: 'low',
        category: 'workload',
        area: 'pod-security',
        rationale: 'Requests are what the scheduler reserves for a container. Without them the scheduler packs pods onto nodes as if ' +
            'they cost nothing, the pod falls into the BestEffort quality-of-service class (the first to be evicted under ' +
            'memory pressure), and a namespace ResourceQuota on requests cannot account for it. A flood of such pods, or one ' +
            'that grows, degrades every workload on the node. A request defaults to the limit when only a limit is set, and a ' +
            'LimitRange can supply both.',
        remediation: 'Set requests from what the container uses under normal load, or a namespace default with a LimitRange:\n\n' +
            '```yaml\nresources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {cpu: 500m, memory: 256Mi}\n```',
        references: {
            cis: ['policies.security-context'],
            nsa: ['network.resource-policies'],
            mitre: ['T1499'],
            microsoft: ['MS-TA9040'],
            kcsa: ['threat-model', 'security-fundamentals'],
            docs: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/', 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        // LimitRange defaults once per namespace, not once per pod
        const defaults = new Map();
        for (const pod of ctx.inventory.podSpecs()) {
            let ns = defaults.get(pod.namespace);
            if (!ns)
                defaults.set(pod.namespace, (ns = { requests: limitRangeDefaults(ctx.inventory, pod.namespace, 'defaultRequest'), limits: limitRangeDefaults(ctx.inventory, pod.namespace, 'default') }));
            const { requests: lrRequests, limits: lrLimits } = ns;
            const podRequests = resourcesOf(pod.spec, 'requests');
            const podLimits = resourcesOf(pod.spec, 'limits');
            for (const c of pod.containers) {
                if (c.kind === 'ephemeralContainers')
                    continue; // the API allows no resources there
                const requests = resourcesOf(c.container, 'requests');
                const limits = resourcesOf(c.container, 'limits');
                // A request defaults to the container's limit, and LimitRanger fills defaultRequest, else default.
                const missing = LIMITED_RESOURCES.filter((r) => !isSet(requests[r]) && !isSet(limits[r]) && !isSet(podRequests[r]) && !isSet(podLimits[r]) && !lrRequests.has(r) && !lrLimits.has(r));
                if (!missing.length)
                    continue;
                ctx.report({
                    object: pod.owner,
                    pointer: joinPointer(c.pointer, 'resources', 'requests'),
                    key: containerKey(c, '/resources/requests'),
                    message: `${describeContainer(c)} requests no ${missing.map((r) => (r === 'cpu' ? 'CPU' : r)).join(' or ')} (neither resources.requests nor resources.limits set it, and no LimitRange in namespace "${pod.namespace}" supplies a default)`,
                    evidence: { container: c.name, missing, namespace: pod.namespace },
                });
            }
        }
    },
});
//# sourceMappingURL=resource-requests.js.map