import check from './reachable-from-all-namespaces.js';
import { testCheck } from '../testing.js';
import { deploy, policy } from './fixtures.js';

const web = deploy('a', 'web', { app: 'web' }, '', [{ name: 'http', port: 8080 }]);

testCheck(check, {
  pass: [
    { name: 'named namespaces', yaml: web + policy('a', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'x' } } }] }] }) },
    { name: 'every namespace but only one app', yaml: web + policy('a', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'prometheus' } } }] }] }) },
    { name: 'not selected at all (network.workload-not-isolated reports it)', yaml: web },
    { name: 'an allow-all rule whose named port does not resolve allows nothing', yaml: web + policy('a', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 'metrics' }] }] }) },
  ],
  fail: [
    {
      name: 'no from, and namespaceSelector: {}',
      yaml: web + policy('a', 'open', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ ports: [{ port: 'http' }] }, { from: [{ namespaceSelector: {} }], ports: [{ port: 9090 }] }] }),
      findings: [{ line: 8, message: 'Deployment "web" accepts connections from every namespace on TCP 8080,9090: open ingress[0] (from anywhere (no from: every pod and address)); open ingress[1] (from every pod in every namespace)' }],
    },
  ],
});
