import check from './apiserver-manifest-permissions.js';
import { testCheck } from '../testing.js';
import { bundle } from './bundle-fixtures.js';

testCheck(check, {
  pass: [
    { name: 'as recommended', yaml: bundle('apiserver-manifest', { mode: '0600' }) },
    { name: 'stricter', yaml: bundle('apiserver-manifest', { mode: '0400' }) },
    { name: 'other files are not this check\'s business', yaml: bundle('token-file', { mode: '0666', user: 'ubuntu', group: 'ubuntu' }) },
  ],
  fail: [
    { name: 'too open', yaml: bundle('apiserver-manifest', { mode: '0666' }), findings: [{ message: 'has mode 0666' }] },
  ],
});
