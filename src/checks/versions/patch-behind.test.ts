import check from './patch-behind.js';
import { testCheck } from '../testing.js';
import { docs, node, on, staticPod } from './fixtures.js';

// data: 1.33.6 is the newest 1.33 patch; 1.29 ended 2025-02-28
testCheck(check, {
  pass: [
    { name: 'the newest patch, also as a distribution build', yaml: docs(node('a', 'v1.33.6'), node('b', 'v1.33.6-eks-4f4795d'), staticPod('kube-apiserver', 'v1.33.6')), options: on('2026-01-15') },
    { name: 'an end-of-life line is versions.end-of-life\'s finding', yaml: node('a', 'v1.29.1'), options: on('2026-01-15') },
    { name: 'within minPatchesBehind', yaml: node('a', 'v1.33.2'), options: on('2026-01-15', { checks: { 'versions.patch-behind': { options: { minPatchesBehind: 5 } } } }) },
  ],
  fail: [
    {
      name: 'behind the newest patch; a pre-release',
      yaml: docs(node('a', 'v1.33.2+k3s1'), staticPod('kube-apiserver', 'v1.34.0-rc.1')),
      options: on('2026-01-15'),
      findings: [
        { line: 10, message: 'kubelet v1.33.2 (k3s1) is 4 patch releases behind v1.33.6, the newest patch of 1.33 (as of 2025-11-30)', evidence: { patchesBehind: 4, latest: '1.33.6' } },
        { line: 24, message: 'kube-apiserver v1.34.0-rc.1 is a pre-release of v1.34.2' },
      ],
    },
  ],
});
