import check from './policy-selects-nothing.js';
import { testCheck } from '../testing.js';
import { deploy, policy } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'selects the workload', yaml: deploy('a', 'web', { app: 'web' }) + policy('a', 'p', { podSelector: { matchLabels: { app: 'web' } } }) },
    { name: 'namespace without workloads in the input: cannot tell', yaml: policy('b', 'p', { podSelector: { matchLabels: { app: 'web' } } }) },
  ],
  fail: [
    {
      name: 'a typo, with the label it probably meant',
      yaml: deploy('a', 'dashboard', { app: 'admin-dashboard' }) + policy('a', 'p', { podSelector: { matchLabels: { app: 'admin-dashbord' } } }),
      findings: [{ line: 20, message: 'NetworkPolicy "p" selects no pod in namespace "a" (podSelector app=admin-dashbord); did you mean app=admin-dashboard?' }],
    },
    { name: 'labels of another namespace', yaml: deploy('a', 'web', { app: 'web' }) + deploy('b', 'db', { app: 'db' }) + policy('b', 'p', { podSelector: { matchLabels: { app: 'web' } } }), findings: [{ message: 'selects no pod in namespace "b"' }] },
  ],
});
