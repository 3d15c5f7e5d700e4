import check from './kubelet-config-ownership.js';
import { testCheck } from '../testing.js';
import { bundle } from './bundle-fixtures.js';

testCheck(check, {
  pass: [
    { name: 'owned as recommended', yaml: bundle('kubelet-config', { user: 'root', group: 'root' }) },
    { name: 'other files are not this check\'s business', yaml: bundle('token-file', { mode: '0666', user: 'ubuntu', group: 'ubuntu' }) },
  ],
  fail: [
    { name: 'wrong owner', yaml: bundle('kubelet-config', { user: 'ubuntu', group: 'ubuntu', uid: 1000, gid: 1000 }), findings: [{ message: 'owned by ubuntu:ubuntu, not root:root' }] },
  ],
});
