import check from './no-sbom.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';

testCheck(check, {
  pass: [
    { name: 'every image has an SBOM (by digest)', yaml: CLEAN, options: { supplyChain: fixture.evidence } },
    { name: 'no SBOMs given', yaml: CLUSTER },
  ],
  fail: [
    {
      name: 'images no SBOM names; a tag-only image is matched by repository and tag',
      yaml: CLUSTER,
      options: { supplyChain: fixture.evidence },
      findings: [
        { line: 19, message: /container "worker" .* is described by no SBOM \(none names sha256:c{64}\)/ },
        { line: 22, message: 'init container "batch"' },
      ],
    },
  ],
});
