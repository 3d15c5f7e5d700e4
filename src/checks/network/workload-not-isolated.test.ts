import check from './workload-not-isolated.js';
import { testCheck } from '../testing.js';
import { deploy, policy } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'selected by a namespace-wide policy', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'deny', { podSelector: {} }) },
    { name: 'selected by an egress-only policy', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'web', { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Egress'] }) },
    { name: 'system namespace', yaml: deploy('kube-system', 'proxy', { app: 'proxy' }, '\n      hostNetwork: true') },
  ],
  fail: [
    {
      name: 'a policy in another namespace or for other labels does not select it',
      yaml: deploy('a', 'web', { app: 'web' }) + policy('b', 'all', { podSelector: {} }) + policy('a', 'db', { podSelector: { matchLabels: { app: 'db' } } }),
      findings: [{ line: 8, message: 'Deployment "web" is selected by no NetworkPolicy' }],
    },
    { name: 'hostNetwork pods cannot be isolated', yaml: deploy('a', 'agent', { app: 'agent' }, '\n      hostNetwork: true') + policy('a', 'deny', { podSelector: {} }), findings: [{ message: 'Deployment "agent" runs with hostNetwork' }] },
  ],
});
