import check from './sensitive-reachable-cross-namespace.js';
import { testCheck } from '../testing.js';
import { deploy, ns, policy } from './fixtures.js';

const db = ns('data') + ns('shop') + deploy('data', 'db', { app: 'db', 'rampart.dev/sensitivity': 'high' }) + deploy('shop', 'api', { app: 'api' });

testCheck(check, {
  pass: [
    { name: 'not sensitive', yaml: deploy('a', 'web', { app: 'web' }) + deploy('b', 'x', { app: 'x' }) },
    { name: 'only named pods of another namespace', yaml: db + policy('data', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } }, podSelector: { matchLabels: { app: 'api' } } }] }] }) },
    { name: 'only its own namespace', yaml: db + policy('data', 'p', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }) },
  ],
  fail: [
    { name: 'no ingress policy', yaml: db, findings: [{ line: 20, message: 'sensitive Deployment "db" (it is marked rampart.dev/sensitivity=high) can be reached from other namespaces: no NetworkPolicy isolates its ingress (1 workload there can connect today)' }] },
    {
      name: 'a whole namespace admitted',
      yaml: db + policy('data', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } } }] }] }),
      findings: [{ message: 'p ingress[0] admits every pod in namespaces kubernetes.io/metadata.name=shop', evidence: { sourcesInOtherNamespaces: ['Deployment/shop/api'] } }],
    },
  ],
});
