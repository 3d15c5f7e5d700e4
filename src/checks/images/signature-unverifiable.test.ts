import check from './signature-unverifiable.js';
import { testCheck } from '../testing.js';
import { CLEAN, CLUSTER, fixture } from './supply-chain-fixture.js';
import { DEFAULT_CONFIG } from '../../config.js';

testCheck(check, {
  pass: [
    { name: 'pinned images', yaml: CLEAN, options: { supplyChain: fixture.evidence } },
    { name: 'no trusted keys: nothing to verify', yaml: CLUSTER },
    {
      name: 'the images option scopes the requirement (here: one repository)',
      yaml: CLUSTER,
      options: { supplyChain: fixture.evidence, config: { ...DEFAULT_CONFIG, checks: { 'images.signature-unverifiable': { options: { images: ['registry.example.com/shop/api'] } } } } },
    },
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
