import check from './secret-workload-internet-egress.js';
import { testCheck } from '../testing.js';
import { deploy, policy } from './fixtures.js';

const withSecret = deploy('a', 'api', { app: 'api' }, '\n      volumes: [{name: creds, secret: {secretName: db-creds}}]');

testCheck(check, {
  pass: [
    { name: 'no Secret used', yaml: deploy('a', 'web', { app: 'web' }) },
    { name: 'egress to private ranges only', yaml: withSecret + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8' } }] }] }) },
    { name: 'egress to one /24 of a partner', yaml: withSecret + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '203.0.113.0/24' } }], ports: [{ port: 443 }] }] }) },
  ],
  fail: [
    { name: 'no egress policy', yaml: withSecret, findings: [{ line: 8, message: 'Deployment "api" uses Secret "db-creds" and may send to any internet address' }] },
    {
      name: 'a wide range',
      yaml: withSecret + policy('a', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ ipBlock: { cidr: '52.0.0.0/8' } }], ports: [{ port: 443 }] }] }),
      findings: [{ message: 'may send to 1 internet range(s) wider than /16', evidence: { internetRanges: ['52.0.0.0/8'] } }],
    },
  ],
});
