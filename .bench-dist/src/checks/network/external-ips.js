import { defineCheck } from '../check.js';
import { isRecord } from '../../k8s/types.js';
export default defineCheck({
    meta: {
        id: 'network.external-ips',
        title: 'Service claims external IPs',
        severity: 'high',
        category: 'network',
        area: 'network',
        rationale: '`spec.externalIPs` tells kube-proxy on every node to send traffic for those addresses to this Service. Kubernetes does not check that the addresses belong to you: ' +
            'anyone who can create or edit a Service can name the IP of a database, a DNS server or a public API, and traffic that pods and nodes send to that address is then ' +
            'intercepted by their pods. This is CVE-2020-8554, a design flaw with no patch; the fix is to forbid the field (the `DenyServiceExternalIPs` admission plugin, or a policy ' +
            'that allows only known addresses). A manifest that uses it either depends on that loophole or is one typo away from hijacking someone else\'s traffic.',
        remediation: 'Remove `externalIPs`; expose the Service with `type: LoadBalancer` or an Ingress/Gateway instead, and enable `--enable-admission-plugins=DenyServiceExternalIPs` on the API server:\n\n' +
            '```yaml\nspec:\n  type: LoadBalancer   # instead of\n  # externalIPs:\n  # - 192.0.2.10\n```',
        references: {
            nsa: ['network.network-policies'],
            mitre: ['T1557'],
            kcsa: ['threat-model', 'cluster-component-security'],
            docs: [
                'https://kubernetes.io/docs/concepts/services-networking/service/#external-ips',
                'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#denyserviceexternalips',
                'https://github.com/kubernetes/kubernetes/issues/97076',
            ],
        },
    },
    applies: (inventory) => inventory.ofKind('Service').length > 0,
    run(ctx) {
        for (const svc of ctx.inventory.ofKind('Service')) {
            const spec = svc.object.spec;
            if (!isRecord(spec) || !Array.isArray(spec.externalIPs) || spec.externalIPs.length === 0)
                continue;
            const ips = spec.externalIPs.map(String);
            ctx.report({
                object: svc,
                pointer: '/spec/externalIPs',
                message: `Service "${svc.name}" claims externalIPs ${ips.join(', ')}: traffic for ${ips.length === 1 ? 'that address' : 'those addresses'} is redirected to it on every node (CVE-2020-8554)`,
                evidence: { externalIPs: ips, type: typeof spec.type === 'string' ? spec.type : 'ClusterIP' },
            });
        }
    },
});
//# sourceMappingURL=external-ips.js.map