import { testCheck } from '../testing.js';
import check from './exposed.js';
import { DENY_INGRESS, INGRESS, NODEPORT, RECOMMENDED, SKIP_LOGIN, weaveScope } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'recommended.yaml as shipped: ClusterIP', yaml: RECOMMENDED },
    { name: 'Weave Scope on a ClusterIP Service (its probes are hostNetwork, but are not the UI)', yaml: weaveScope() },
  ],
  fail: [
    {
      name: 'recommended.yaml with a NodePort Service',
      yaml: NODEPORT,
      findings: [{ severity: 'high', message: 'Kubernetes Dashboard container "kubernetes-dashboard" is reachable from outside the cluster: NodePort Service kubernetes-dashboard/kubernetes-dashboard', evidence: { fromAnywhere: true, openToAnyone: false } }],
    },
    {
      name: 'behind an Ingress, with skip-login: critical',
      yaml: SKIP_LOGIN + INGRESS,
      findings: [{ severity: 'critical', message: /Ingress kubernetes-dashboard\/dashboard → Service kubernetes-dashboard\/kubernetes-dashboard; it lets anyone in/ }],
    },
    {
      name: 'NodePort, but default-deny ingress drops traffic from outside: medium',
      yaml: NODEPORT + DENY_INGRESS,
      findings: [{ severity: 'medium', message: 'NetworkPolicy admits no source outside the cluster', evidence: { networkPolicyBlocksOutside: true } }],
    },
    {
      name: 'Weave Scope on a LoadBalancer: critical',
      yaml: weaveScope('LoadBalancer'),
      findings: [{ severity: 'critical', message: 'Weave Scope container "app" is reachable from outside the cluster: LoadBalancer Service weave/weave-scope-app' }],
    },
  ],
});
