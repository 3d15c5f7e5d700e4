import check from './signature-unverifiable.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';

testCheck(check, {
  pass: [
    { name: 'pinned images', yaml: CLEAN, options: { supplyChain: fixture.evidence } },
    { name: 'no trusted keys: nothing to verify', yaml: CLUSTER },
  ],
  fail: [
    {
      name: 'a tag-only image when signatures are required',
      yaml: CLUSTER,
      options: { supplyChain: fixture.evidence },
      findings: [{ line: 35, severity: 'medium', message: 'container "cron" image "registry.example.com/shop/cron:2.0" is not pinned by digest, so whether it is signed cannot be verified' }],
    },
  ],
});
