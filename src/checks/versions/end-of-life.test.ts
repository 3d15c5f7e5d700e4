import check from './end-of-life.js';
import { testCheck } from '../testing.js';
import { docs, node, on, staticPod } from './fixtures.js';

// 1.33 ends 2026-06-28, 1.32 on 2026-02-28, 1.27 ended 2024-06-28 (data/kubernetes-releases.json)
testCheck(check, {
  pass: [
    { name: 'supported releases', yaml: docs(node('a', 'v1.33.5'), staticPod('kube-apiserver', 'v1.34.2')), options: on('2026-01-15') },
    { name: 'a release newer than the data knows is not judged', yaml: node('a', 'v1.40.0'), options: on('2026-01-15') },
    { name: 'no early warning with warnDays 0', yaml: node('a', 'v1.32.3'), options: on('2026-01-15', { checks: { 'versions.end-of-life': { options: { warnDays: 0 } } } }) },
    { name: 'nothing shows a version', yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', options: on('2026-01-15') },
  ],
  fail: [
    {
      name: 'kubelets past end of life, one finding per version; a line ending soon is medium',
      yaml: docs(node('a', 'v1.27.3'), node('b', 'v1.27.3'), node('c', 'v1.32.3-eks-4f4795d')),
      options: on('2026-01-15'),
      findings: [
        { line: 10, severity: 'high', message: 'kubelet v1.27.3: Kubernetes 1.27 reached its end of life on 2024-06-28 (566 days ago) and gets no security patches (2 nodes: a and 1 more)', evidence: { seenOn: ['a', 'b'], count: 2, endOfLife: '2024-06-28' } },
        { severity: 'medium', message: 'kubelet v1.32.3 (eks-4f4795d): Kubernetes 1.32 reaches its end of life on 2026-02-28, in 44 days', evidence: { daysToEndOfLife: 44 } },
      ],
    },
    {
      name: 'a static pod\'s image tag, and a version older than the data',
      yaml: docs(staticPod('kube-apiserver', 'v1.29.4'), node('old', 'v1.8.15')),
      options: on('2026-01-15'),
      findings: [
        { line: 12, message: 'kube-apiserver v1.29.4: Kubernetes 1.29 reached its end of life on 2025-02-28' },
        { message: 'kubelet v1.8.15: Kubernetes 1.8 is long past its end of life' },
      ],
    },
    {
      name: '--kubernetes-version when the input does not say',
      yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
      options: on('2026-01-15', { kubernetesVersion: 'v1.28.3' }),
      findings: [{ message: 'kube-apiserver v1.28.3: Kubernetes 1.28 reached its end of life on 2024-10-28', evidence: { source: 'flag' } }],
    },
  ],
});
