import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
import { LIMITED_RESOURCES, isSet, resourcesOf, limitRangeDefaults } from '../../analysis/resources.js';
export default defineCheck({
    meta: {
        id: 'workload.resource-limits',
        title: 'Container has no CPU or memory limit',
        severity: 'medium',
        category: 'workload',
        area: 'pod-security',
        rationale: 'Without limits a container can use all the CPU and memory of its node. A bug, a traffic spike or an attacker (a ' +
            'crypto-miner is the classic case) then starves every other pod on the node, and memory pressure makes the kubelet ' +
            'evict pods: one compromised workload becomes a denial of service for its neighbours. Limits, or a LimitRange that ' +
            'sets defaults for the namespace, bound the damage.',
        remediation: 'Give every container requests and limits, or a default through a LimitRange in the namespace:\n\n' +
            '```yaml\nresources:\n  requests: {cpu: 100m, memory: 128Mi}\n  limits: {cpu: 500m, memory: 256Mi}\n```',
        references: {
            cis: ['policies.security-context'],
            nsa: ['network.resource-policies'],
            mitre: ['T1499', 'T1496'],
            microsoft: ['MS-TA9040', 'MS-TA9039'],
            kcsa: ['threat-model', 'security-fundamentals'],
            docs: [
                'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
                'https://kubernetes.io/docs/concepts/policy/limit-range/',
            ],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        const defaultsByNamespace = new Map();
        for (const pod of ctx.inventory.podSpecs()) {
            let defaults = defaultsByNamespace.get(pod.namespace);
            if (!defaults)
                defaultsByNamespace.set(pod.namespace, (defaults = limitRangeDefaults(ctx.inventory, pod.namespace, 'default')));
            // Pod-level resources (PodLevelResources) bound all containers together.
            const podLimits = resourcesOf(pod.spec, 'limits');
            for (const c of pod.containers) {
                // The API does not allow resources on ephemeral containers.
                if (c.kind === 'ephemeralContainers')
                    continue;
                const limits = resourcesOf(c.container, 'limits');
                const missing = LIMITED_RESOURCES.filter((r) => !isSet(limits[r]) && !isSet(podLimits[r]) && !defaults.has(r));
                if (!missing.length)
                    continue;
                const zero = missing.filter((r) => limits[r] !== undefined && limits[r] !== null);
                const what = missing.map((r) => `resources.limits.${r}`).join(' and ');
                const zeroNote = zero.length ? ` (${zero.join(' and ')} set to 0, which means no limit)` : '';
                ctx.report({
                    object: pod.owner,
                    pointer: joinPointer(c.pointer, 'resources', 'limits'),
                    key: containerKey(c, '/resources/limits'),
                    message: `${describeContainer(c)} has no ${missing.map((r) => (r === 'cpu' ? 'CPU' : r)).join(' or ')} limit: ${what} ${missing.length === 1 ? 'is' : 'are'} missing${zeroNote}, and no LimitRange in namespace "${pod.namespace}" sets a default`,
                    evidence: { container: c.name, missing, limits, namespace: pod.namespace },
                });
            }
        }
    },
});
//# sourceMappingURL=resource-limits.js.map