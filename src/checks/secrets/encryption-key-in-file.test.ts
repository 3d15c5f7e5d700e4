import check from './encryption-key-in-file.js';
import { testCheck } from '../testing.js';

const config = (resources: string): string => `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nmetadata: {name: cp-1}\nresources:\n${resources}`;
const key = (name: string): string => `keys: [{name: ${name}, secret: c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=}]`;

testCheck(check, {
  pass: [
    { name: 'KMS v2 then identity: no key in the file', yaml: config('- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: kms, endpoint: unix:///kms.sock}\n  - identity: {}\n') },
    { name: 'identity only (the unencrypted check\'s business)', yaml: config('- resources: [secrets]\n  providers:\n  - identity: {}\n') },
  ],
  fail: [
    {
      name: 'secretbox writes Secrets with a key in the file; an aescbc key kept to read old data',
      yaml: config(`- resources: [secrets]\n  providers:\n  - secretbox: {${key('key2')}}\n  - aescbc: {${key('key1')}}\n  - identity: {}\n`),
      findings: [
        { line: 7, severity: 'medium', message: 'EncryptionConfiguration "cp-1" holds the secretbox key "key2" inline for secrets: the key that encrypts new Secrets lives on the control-plane node', notMessage: 'c2VjcmV0' },
        { line: 8, severity: 'low', message: 'holds the aescbc key "key1" inline for secrets, in a read-only position' },
      ],
    },
    {
      name: 'a node bundle\'s sanitized copy still shows where keys are',
      yaml: config(`- resources: [configmaps]\n  providers:\n  - aesgcm:\n      keys: [{name: k, secret: "<redacted: 32 bytes>"}]\n`),
      findings: [{ line: 8, severity: 'low', message: 'holds the aesgcm key "k" inline for configmaps' }],
    },
  ],
});
