import check from './signature-invalid.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';

testCheck(check, {
  pass: [{ name: 'a verified signature', yaml: CLEAN, options: { supplyChain: fixture.evidence } }],
  fail: [
    {
      name: "a genuine signature of another digest copied next to this image's",
      yaml: CLUSTER,
      options: { supplyChain: fixture.evidence },
      findings: [
        {
          line: 19,
          severity: 'critical',
          message: /container "worker" image ".*worker@sha256:c{64}" is badly signed: the payload signs sha256:f{64}, not this image's digest sha256:c{64} \(sha256-c{64}\.payload\.json, sha256-c{64}\.sig\)/,
          evidence: { signatureStatus: 'invalid' },
        },
      ],
    },
  ],
});
