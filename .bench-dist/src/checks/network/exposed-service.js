import { defineCheck } from '../check.js';
import { isRecord } from '../../k8s/types.js';
/** Service types that open ports outside the cluster network. */
const EXPOSED_TYPES = ['NodePort', 'LoadBalancer'];
/** Source ranges that restrict nothing. */
const ANY_SOURCE = ['0.0.0.0/0', '::/0'];
/**
 * Legacy spelling of spec.loadBalancerSourceRanges, still honoured by the service controller
 * (k8s.io/cloud-provider service helpers) when the field is empty.
 */
const SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
/** Cloud annotations that make a LoadBalancer private to the VPC; value compared case-insensitively. */
const INTERNAL_LOAD_BALANCER_ANNOTATIONS = [
    { key: 'service.beta.kubernetes.io/aws-load-balancer-internal', values: ['true', '0.0.0.0/0'] },
    { key: 'service.beta.kubernetes.io/aws-load-balancer-scheme', values: ['internal'] },
    { key: 'service.beta.kubernetes.io/azure-load-balancer-internal', values: ['true'] },
    { key: 'networking.gke.io/load-balancer-type', values: ['internal'] },
    { key: 'cloud.google.com/load-balancer-type', values: ['internal'] },
    { key: 'service.beta.kubernetes.io/oci-load-balancer-internal', values: ['true'] },
    { key: 'service.beta.kubernetes.io/openstack-internal-load-balancer', values: ['true'] },
    { key: 'service.beta.kubernetes.io/alibaba-cloud-loadbalancer-address-type', values: ['intranet'] },
];
export default defineCheck({
    meta: {
        id: 'network.exposed-service',
        title: 'Service exposed outside the cluster',
        severity: 'medium',
        category: 'network',
        area: 'network',
        rationale: 'A `NodePort` Service opens its port on every node of the cluster, on every node address, and a `LoadBalancer` Service asks the cloud for an address that is usually reachable from the internet ' +
            '(and, by default, also opens node ports). Whatever runs behind it, often an admin UI, a database or a metrics endpoint that was only meant for other pods, is then one scan away from an attacker, ' +
            'and with the default `externalTrafficPolicy: Cluster` the client address is rewritten to a node\'s, so NetworkPolicy `ipBlock` rules cannot tell outside clients apart. ' +
            'A LoadBalancer without `loadBalancerSourceRanges` accepts any source address, so it is rated high; one marked internal with a cloud annotation, or limited to source ranges, stays medium. ' +
            'Prefer a ClusterIP Service behind an Ingress or Gateway, where TLS, authentication and rate limits live in one place.',
        remediation: 'Use `type: ClusterIP` and publish through an Ingress or Gateway; if a LoadBalancer is needed, restrict who can reach it:\n\n' +
            '```yaml\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges:\n  - 203.0.113.0/24   # office / VPN egress\n  allocateLoadBalancerNodePorts: false\n```',
        references: {
            nsa: ['network.network-policies'],
            mitre: ['T1133', 'T1190'],
            microsoft: ['MS-TA9005'],
            kcsa: ['threat-model', 'platform-security'],
            docs: [
                'https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types',
                'https://kubernetes.io/docs/tasks/access-application-cluster/configure-cloud-provider-firewall/',
            ],
        },
    },
    applies: (inventory) => inventory.ofKind('Service').length > 0,
    run(ctx) {
        for (const svc of ctx.inventory.ofKind('Service')) {
            const spec = svc.object.spec;
            if (!isRecord(spec) || typeof spec.type !== 'string' || !EXPOSED_TYPES.includes(spec.type))
                continue;
            const ports = servicePorts(spec.ports);
            const nodePorts = spec.type === 'NodePort' || spec.allocateLoadBalancerNodePorts !== false;
            const portText = ports.length > 0 ? ports.map((p) => describePort(p, nodePorts)).join(', ') : 'no ports';
            if (spec.type === 'NodePort') {
                ctx.report({
                    object: svc,
                    pointer: '/spec/type',
                    message: `Service "${svc.name}" is type NodePort: ${portText} open on every node`,
                    evidence: { type: spec.type, ports },
                });
                continue;
            }
            const internal = internalAnnotation(svc);
            const ranges = sourceRanges(svc, spec);
            const open = ranges.length === 0 || ranges.some((r) => ANY_SOURCE.includes(r));
            const reach = internal ? `an internal load balancer (${internal})` : open ? 'a load balancer open to any source address' : `a load balancer limited to ${ranges.join(', ')}`;
            ctx.report({
                object: svc,
                pointer: '/spec/type',
                severity: open && !internal ? 'high' : undefined,
                message: `Service "${svc.name}" is type LoadBalancer: ${portText} on ${reach}${nodePorts ? ', and on every node' : ''}`,
                evidence: { type: spec.type, ports, loadBalancerSourceRanges: ranges, internal: internal ?? false, allocateLoadBalancerNodePorts: nodePorts },
            });
        }
    },
});
function servicePorts(ports) {
    if (!Array.isArray(ports))
        return [];
    return ports.filter(isRecord).map((p) => ({
        ...(typeof p.name === 'string' && { name: p.name }),
        port: p.port,
        ...(p.targetPort !== undefined && { targetPort: p.targetPort }),
        ...(p.nodePort !== undefined && { nodePort: p.nodePort }),
        protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
    }));
}
function describePort(p, nodePorts) {
    const port = `port ${String(p.port)}/${p.protocol}`;
    if (!nodePorts)
        return port;
    return `${port} (${p.nodePort !== undefined ? `node port ${String(p.nodePort)}` : 'node port allocated on apply'})`;
}
function sourceRanges(svc, spec) {
    if (Array.isArray(spec.loadBalancerSourceRanges) && spec.loadBalancerSourceRanges.length > 0) {
        return spec.loadBalancerSourceRanges.filter((r) => typeof r === 'string').map((r) => r.trim());
    }
    const annotation = svc.object.metadata.annotations?.[SOURCE_RANGES_ANNOTATION];
    return typeof annotation === 'string' ? annotation.split(',').map((r) => r.trim()).filter((r) => r !== '') : [];
}
function internalAnnotation(svc) {
    const annotations = svc.object.metadata.annotations;
    if (!isRecord(annotations))
        return undefined;
    for (const { key, values } of INTERNAL_LOAD_BALANCER_ANNOTATIONS) {
        const v = annotations[key];
        if (typeof v === 'string' && values.includes(v.trim().toLowerCase()))
            return `${key}: ${v}`;
    }
    return undefined;
}
//# sourceMappingURL=exposed-service.js.map