import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { isRecord } from '../../k8s/types.js';
import { joinPointer } from '../../inventory/pointer.js';

export default defineCheck({
  meta: {
    id: 'workload.host-port',
    title: 'Container binds a port on the node (hostPort)',
    severity: 'medium',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'A hostPort makes the node itself listen on that port and forward to the container, so the service is reachable at ' +
      'the node\'s address, from wherever can reach the node, and often past the NetworkPolicies that guard pod addresses. ' +
      'It also ties the pod to nodes where the port is free, and a compromised pod can use a hostPort to squat on or ' +
      'intercept a port other software expects on the node. A Service (ClusterIP, NodePort or LoadBalancer) or an Ingress is the usual answer.',
    remediation:
      'Remove `hostPort` and expose the container through a Service:\n\n' +
      '```yaml\nports:\n- containerPort: 8080   # no hostPort\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 8080\n```',
    references: {
      cis: ['5.2.13'],
      nsa: ['Pod security: Pod security enforcement', 'Network separation and hardening: Network policies'],
      mitre: ['T1190', 'T1599'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: [
        'https://kubernetes.io/docs/concepts/configuration/overview/#services',
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
      ],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      for (const c of pod.containers) {
        // The API rejects ports on ephemeral containers: they never bind anything.
        if (c.kind === 'ephemeralContainers') continue;
        const ports: unknown = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((port: unknown, i) => {
          if (!isRecord(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
          const protocol = typeof port.protocol === 'string' ? port.protocol : 'TCP';
          const ip = typeof port.hostIP === 'string' && port.hostIP !== '' ? ` on ${port.hostIP}` : '';
          const target = typeof port.containerPort === 'number' ? ` (to container port ${port.containerPort})` : '';
          ctx.report({
            object: pod.owner,
            pointer: joinPointer(c.pointer, 'ports', i, 'hostPort'),
            key: containerKey(c, `/ports/${port.hostPort}/${protocol}`),
            message: `${describeContainer(c)} binds node port ${port.hostPort}/${protocol}${ip}${target} with ports[${i}].hostPort`,
            evidence: { container: c.name, hostPort: port.hostPort, protocol, hostIP: port.hostIP ?? null, containerPort: port.containerPort ?? null },
          });
        });
      }
    }
  },
});
