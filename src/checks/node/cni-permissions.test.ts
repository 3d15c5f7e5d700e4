import check from './cni-permissions.js';
import { testCheck } from '../testing.js';
import { bundle } from './bundle-fixtures.js';

testCheck(check, {
  pass: [
    { name: 'as recommended', yaml: bundle('cni-config', { mode: '0600' }) },
    { name: 'stricter', yaml: bundle('cni-config', { mode: '0400' }) },
    { name: 'other files are not this check\'s business', yaml: bundle('token-file', { mode: '0666', user: 'ubuntu', group: 'ubuntu' }) },
  ],
  fail: [
    { name: 'too open', yaml: bundle('cni-config', { mode: '0666' }), findings: [{ message: 'has mode 0666' }] },
  ],
});
