import check from './signature-untrusted-key.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';

testCheck(check, {
  pass: [{ name: 'signed by the trusted key', yaml: CLEAN, options: { supplyChain: fixture.evidence } }],
  fail: [
    {
      name: 'signed by a key nobody trusts',
      yaml: CLUSTER,
      options: { supplyChain: fixture.evidence },
      findings: [{ line: 17, severity: 'high', message: /container "web" .* is signed, but not by a trusted key: no trusted key verifies the signature/, evidence: { trustedKeys: ['cosign.pub'] } }],
    },
  ],
});
