import check from './encryption-unencrypted.js';
import { testCheck, yaml } from '../testing.js';

const config = (resources: string): string => `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nmetadata: {name: cp-1}\nresources:\n${resources}`;

testCheck(check, {
  pass: [
    { name: 'KMS v2 first', yaml: config('- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: kms, endpoint: unix:///kms.sock}\n  - identity: {}\n') },
    { name: 'everything through *.*', yaml: config('- resources: ["*.*"]\n  providers:\n  - secretbox:\n      keys: [{name: k, secret: c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=}]\n') },
    { name: 'core wildcard', yaml: yaml`
      apiVersion: apiserver.config.k8s.io/v1
      kind: EncryptionConfiguration
      metadata: {name: a}
      resources:
      - resources: ["*."]
        providers:
        - aescbc:
            keys: [{name: k, secret: c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=}]
    ` },
  ],
  fail: [
    { name: 'identity first', yaml: config('- resources: [secrets, configmaps]\n  providers:\n  - identity: {}\n  - aescbc:\n      keys: [{name: k, secret: c2VjcmV0}]\n'), findings: [{ message: 'lists identity first for secrets', line: 7 }] },
    { name: 'secrets not named; an earlier identity entry for them wins', yaml: config('- resources: [configmaps]\n  providers:\n  - aescbc:\n      keys: [{name: k, secret: c2VjcmV0}]\n'), findings: [{ message: 'has no entry for secrets' }] },
    { name: 'the first entry naming secrets decides', yaml: config('- resources: [secrets]\n  providers:\n  - identity: {}\n- resources: ["*.*"]\n  providers:\n  - kms: {apiVersion: v2, name: kms, endpoint: unix:///kms.sock}\n'), findings: [{ message: 'identity first' }] },
  ],
});
