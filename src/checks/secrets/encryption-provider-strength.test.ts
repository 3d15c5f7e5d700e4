import check from './encryption-provider-strength.js';
import { testCheck } from '../testing.js';

const config = (providers: string): string => `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nmetadata: {name: cp-1}\nresources:\n- resources: [secrets]\n  providers:\n${providers}`;
const key = 'keys: [{name: k, secret: c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=}]';

testCheck(check, {
  pass: [
    { name: 'KMS v2', yaml: config('  - kms: {apiVersion: v2, name: kms, endpoint: unix:///kms.sock}\n  - aescbc: {' + key + '}\n') },
    { name: 'identity first is the unencrypted check\'s business', yaml: config('  - identity: {}\n') },
    { name: 'secretbox: strong (its key in the file is secrets.encryption-key-in-file\'s business)', yaml: config('  - secretbox: {' + key + '}\n') },
  ],
  fail: [
    { name: 'aescbc', yaml: config('  - aescbc: {' + key + '}\n'), findings: [{ message: 'aescbc: CBC without authentication', severity: 'low' }] },
    { name: 'aesgcm', yaml: config('  - aesgcm: {' + key + '}\n'), findings: [{ message: 'rotated before 2^32 writes', severity: 'medium' }] },
    { name: 'KMS v1', yaml: config('  - kms: {name: kms, endpoint: unix:///kms.sock}\n'), findings: [{ message: 'KMS v1, deprecated', severity: 'low' }] },
  ],
});
