import { it } from 'node:test';
import assert from 'node:assert/strict';
import check, { allowedLag } from './unsupported-skew.js';
import { testCheck } from '../testing.js';
import { docs, node, on, staticPod } from './fixtures.js';
import { parseKubeVersion } from '../../analysis/versions/version.js';

const today = on('2026-01-15');

testCheck(check, {
  pass: [
    { name: 'kubelets up to three minors older (1.25 and later)', yaml: docs(staticPod('kube-apiserver', 'v1.30.2'), node('a', 'v1.30.1'), node('b', 'v1.27.3'), staticPod('kube-controller-manager', 'v1.29.0')), options: today },
    { name: 'API server 1.28 with a 1.25 kubelet: n-3 since 1.28', yaml: docs(staticPod('kube-apiserver', 'v1.28.0'), node('a', 'v1.25.16')), options: today },
    { name: 'a 1.24 kubelet two minors older', yaml: docs(staticPod('kube-apiserver', 'v1.26.0'), node('a', 'v1.24.17')), options: today },
    { name: 'no API server version: nothing to compare with', yaml: docs(node('a', 'v1.31.0'), node('b', 'v1.20.0')), options: today },
  ],
  fail: [
    {
      name: 'a kubelet newer than the API server; one four minors older',
      yaml: docs(staticPod('kube-apiserver', 'v1.30.2'), node('new', 'v1.31.0'), node('old', 'v1.26.5')),
      options: today,
      findings: [
        { severity: 'high', message: 'kubelet v1.31.0 is newer than the API server (v1.30.2)' },
        { severity: 'medium', message: 'kubelet v1.26.5 is 4 minor releases older than the API server (v1.30.2); the skew policy allows 3 (three since Kubernetes 1.28)', evidence: { skew: 4, allowed: 3 } },
      ],
    },
    {
      name: 'before the 1.28 rule: a 1.24 kubelet three minors behind',
      yaml: docs(staticPod('kube-apiserver', 'v1.27.1'), node('a', 'v1.24.17')),
      options: today,
      findings: [{ message: 'kubelet v1.24.17 is 3 minor releases older than the API server (v1.27.1); the skew policy allows 2 (two for versions older than 1.25)' }],
    },
    {
      name: 'HA API servers two minors apart; a scheduler two minors behind the oldest',
      yaml: docs(staticPod('kube-apiserver', 'v1.28.4', 'cp-1'), staticPod('kube-apiserver', 'v1.30.0', 'cp-2'), staticPod('kube-scheduler', 'v1.26.0')),
      options: today,
      findings: [
        { message: 'kube-apiserver v1.30.0 is 2 minor releases ahead of another API server at v1.28.4' },
        { message: 'kube-scheduler v1.26.0 is 2 minor releases older than the API server (v1.28.4); the skew policy allows 1', evidence: { newestApiServer: 'v1.30.0' } },
      ],
    },
  ],
});

it('allowed kubelet lag: n-2 before 1.25, n-3 after', () => {
  assert.equal(allowedLag('kubelet', parseKubeVersion('1.24.9')!), 2);
  assert.equal(allowedLag('kubelet', parseKubeVersion('1.25.0')!), 3);
  assert.equal(allowedLag('kube-controller-manager', parseKubeVersion('1.30.0')!), 1);
});
