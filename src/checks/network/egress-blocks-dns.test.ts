import check from './egress-blocks-dns.js';
import { testCheck } from '../testing.js';
import { deploy, policy } from './fixtures.js';

const worker = deploy('a', 'worker', { app: 'worker' }) + deploy('a', 'db', { app: 'db' });
const toDb = { to: [{ podSelector: { matchLabels: { app: 'db' } } }], ports: [{ port: 5432 }] };

testCheck(check, {
  pass: [
    { name: 'egress not isolated', yaml: worker },
    { name: 'DNS to kube-dns allowed (pods absent from the input)', yaml: worker + policy('a', 'p', { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Egress'], egress: [toDb, { to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }] }] }) },
    { name: 'DNS to a node-local resolver address', yaml: worker + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [toDb, { to: [{ ipBlock: { cidr: '169.254.20.10/32' } }], ports: [{ protocol: 'UDP', port: 53 }] }] }) },
    { name: 'a full egress deny is deliberate', yaml: worker + policy('a', 'deny', { podSelector: {}, policyTypes: ['Egress'] }) },
  ],
  fail: [
    { name: 'egress to the database only', yaml: worker + policy('a', 'p', { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Egress'], egress: [toDb] }), findings: [{ line: 8, message: 'Deployment "worker" may send only what "p" allows, and that does not include DNS' }] },
    {
      name: 'DNS on TCP only, to the wrong namespace',
      yaml: worker + policy('a', 'p', { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Egress'], egress: [toDb, { to: [{ podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ protocol: 'UDP', port: 53 }] }] }),
      findings: [{ message: 'Deployment "worker"' }],
    },
  ],
});
