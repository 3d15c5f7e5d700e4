import check from './etcd-data-dir-permissions.js';
import { testCheck } from '../testing.js';
import { bundle } from './bundle-fixtures.js';

testCheck(check, {
  pass: [
    { name: 'as recommended', yaml: bundle('etcd-data-dir', { mode: '0700' }) },
    { name: 'stricter', yaml: bundle('etcd-data-dir', { mode: '0400' }) },
    { name: 'other files are not this check\'s business', yaml: bundle('token-file', { mode: '0666', user: 'ubuntu', group: 'ubuntu' }) },
  ],
  fail: [
    { name: 'too open', yaml: bundle('etcd-data-dir', { mode: '0755' }), findings: [{ message: 'has mode 0755' }] },
  ],
});
