import check from './no-default-deny-ingress.js';
import { testCheck } from '../testing.js';
import { DENY_ALL, deploy, ns, policy } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'default deny, with allows on top', yaml: ns('shop') + deploy('shop', 'web', { app: 'web' }) + policy('shop', 'deny', DENY_ALL) + policy('shop', 'allow', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }) },
    { name: 'an empty-selector policy whose rules allow only some sources still isolates every pod', yaml: deploy('shop', 'web', { app: 'web' }) + policy('shop', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }] }] }) },
    { name: 'system namespaces are not reported', yaml: deploy('kube-system', 'dns', { app: 'dns' }) },
  ],
  fail: [
    { name: 'no policy at all', yaml: ns('shop') + deploy('shop', 'web', { app: 'web' }), findings: [{ line: 1, message: 'namespace "shop" has no default-deny ingress NetworkPolicy' }] },
    {
      name: 'a policy for one workload only, and an allow-all that selects everything',
      yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'web', { podSelector: { matchLabels: { app: 'web' } } }) + deploy('b', 'web', { app: 'web' }) + policy('b', 'allow-all', { podSelector: {}, ingress: [{}] }),
      findings: [{ message: /^namespace "a" has no default-deny ingress NetworkPolicy$/ }, { message: 'namespace "b" has no default-deny ingress NetworkPolicy: "allow-all" selects every pod but allows ingress from anywhere' }],
    },
    { name: 'an egress-only default deny does not count', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'deny', { podSelector: {}, policyTypes: ['Egress'] }), findings: [{ message: 'namespace "a"' }] },
  ],
});
