import check from './no-default-deny-egress.js';
import { testCheck } from '../testing.js';
import { DENY_ALL, deploy, ns, policy } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'default deny both ways', yaml: ns('shop') + deploy('shop', 'web', { app: 'web' }) + policy('shop', 'deny', DENY_ALL) },
    { name: 'default deny egress with a DNS allow', yaml: deploy('shop', 'web', { app: 'web' }) + policy('shop', 'deny', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ protocol: 'UDP', port: 53 }] }] }) },
  ],
  fail: [
    { name: 'ingress-only default deny', yaml: ns('shop') + deploy('shop', 'web', { app: 'web' }) + policy('shop', 'deny', { podSelector: {} }), findings: [{ line: 1, message: 'namespace "shop" has no default-deny egress NetworkPolicy' }] },
    { name: 'egress allowed to anywhere', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'open', { podSelector: {}, policyTypes: ['Egress'], egress: [{}] }), findings: [{ message: '"open" selects every pod but allows egress anywhere' }] },
  ],
});
