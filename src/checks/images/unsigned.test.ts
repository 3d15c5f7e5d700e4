import check from './unsigned.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';

const options = { supplyChain: fixture.evidence };

testCheck(check, {
  pass: [
    { name: 'every pinned image has a verified signature', yaml: CLEAN, options },
    { name: 'no trusted keys given: signatures are not required', yaml: CLUSTER },
  ],
  fail: [
    {
      name: 'a pinned image with no signature material',
      yaml: CLUSTER,
      options,
      findings: [{ line: 22, severity: 'high', message: /init container "batch" image "registry.example.com\/shop\/batch@sha256:d{64}" has no signature: nothing in .*signatures signs sha256:d{64}/, evidence: { signatureStatus: 'unsigned' } }],
    },
  ],
});
