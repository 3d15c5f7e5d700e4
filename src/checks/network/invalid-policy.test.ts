import check from './invalid-policy.js';
import { testCheck, yaml } from '../testing.js';
import { policy } from './fixtures.js';

testCheck(check, {
  pass: [{ name: 'valid policies', yaml: policy('a', 'ok', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 'http' }, { port: 8000, endPort: 9000 }] }] }) }],
  fail: [
    {
      name: 'what the API server rejects',
      yaml:
        policy('a', 'mixed', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] }) +
        policy('a', 'except', { podSelector: {}, egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/16', except: ['10.1.0.0/24'] } }] }] }) +
        policy('a', 'operator', { podSelector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }] } }) +
        policy('a', 'range', { podSelector: {}, ingress: [{ ports: [{ port: 9000, endPort: 8000 }] }] }) +
        yaml`
          apiVersion: networking.k8s.io/v1
          kind: NetworkPolicy
          metadata: {name: empty-peer, namespace: a}
          spec:
            podSelector: {}
            ingress:
            - from:
              - {}
        `,
      findings: [
        { line: 6, message: 'NetworkPolicy "mixed" would be rejected by the API server: a peer may not combine ipBlock with podSelector or namespaceSelector' },
        { line: 13, message: 'ipBlock.except "10.1.0.0/24" must be a strict subset of cidr "10.0.0.0/16"' },
        { line: 20, message: '"Equals" is not a valid operator' },
        { line: 27, message: 'endPort 8000 must be between port 9000 and 65535' },
        { line: 36, message: 'a peer must specify podSelector, namespaceSelector or ipBlock' },
      ],
    },
  ],
});
