import check from './no-sbom.js';
import { testCheck, yaml } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';
import { digestOf } from '../../analysis/images/testing.js';

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
    {
      name: 'an SBOM of the same repository at another digest (a platform manifest beside the pinned index) does not describe the image, and the message says so',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop}
        spec:
          containers:
          - name: api
            image: registry.example.com/shop/api@${digestOf('e')}
      `,
      options: { supplyChain: fixture.evidence },
      findings: [
        {
          line: 7,
          message: /none names sha256:e{64}\): its known vulnerabilities were not checked; SBOMs of registry\.example\.com\/shop\/api name other digests \(sha256:a{12}…\): .*platform image's SBOM does not describe the multi-platform index/,
          evidence: { sbomDigestsOfRepository: [digestOf('a')] },
        },
      ],
    },
  ],
});
