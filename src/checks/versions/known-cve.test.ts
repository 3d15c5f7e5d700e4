import check from './known-cve.js';
import { testCheck } from '../testing.js';
import { docs, node, on, staticPod } from './fixtures.js';

const today = on('2026-01-15');

testCheck(check, {
  pass: [
    { name: 'current patches', yaml: docs(staticPod('kube-apiserver', 'v1.34.2'), staticPod('kube-controller-manager', 'v1.34.2'), node('a', 'v1.34.2')), options: today },
    { name: 'a Windows-only CVE on Linux nodes', yaml: node('a', 'v1.30.10'), options: today },
    { name: 'CVE-2018-1002105 fixed in 1.11.5, 1.12.3; 1.13 never affected', yaml: docs(staticPod('kube-apiserver', 'v1.27.13', 'cp-1')), options: today },
  ],
  fail: [
    {
      name: 'CVE-2018-1002105 on a 1.11.4 API server, with every other CVE of that release',
      yaml: staticPod('kube-apiserver', 'v1.11.4'),
      options: today,
      findings: [
        { severity: 'critical', message: 'kube-apiserver v1.11.4 is affected by CVE-2018-1002105 (proxy request handling in kube-apiserver can leave vulnerable TCP connections); fixed in v1.11.5', evidence: { cve: 'CVE-2018-1002105', fixedIn: 'v1.11.5', score: 9.8 } },
        { message: 'CVE-2019-11253', severity: 'high', evidence: { fixedIn: 'v1.13.12' } },
        // the medium ones in fingerprint order
        { message: 'CVE-2019-11247', severity: 'medium', evidence: { fixedIn: 'v1.13.9' } },
        { message: 'CVE-2023-2728', severity: 'medium', evidence: { fixedIn: 'v1.24.15' } },
        { message: 'CVE-2020-8559', severity: 'medium', evidence: { fixedIn: 'v1.16.13' } },
        { message: 'CVE-2022-3172', severity: 'medium', evidence: { fixedIn: 'v1.21.14' } },
        { message: 'CVE-2023-2727', severity: 'medium', evidence: { fixedIn: 'v1.24.15' } },
        { message: 'CVE-2024-3177', severity: 'low', evidence: { fixedIn: 'v1.27.13' } },
      ],
    },
    {
      name: 'a Windows node gets the Windows-only CVE',
      yaml: node('win', 'v1.27.4', 'windows'),
      options: today,
      findings: [
        // all high: their order is the fingerprints'; two are Windows-only
        { message: /CVE-2023-3676|CVE-2023-5528|CVE-2024-10220/, severity: 'high' },
        { message: /CVE-2023-3676|CVE-2023-5528|CVE-2024-10220/, severity: 'high' },
        { message: /CVE-2023-3676|CVE-2023-5528|CVE-2024-10220/, severity: 'high' },
        { message: 'CVE-2025-0426', severity: 'medium' },
      ],
    },
    {
      name: 'a line that never got the fix',
      yaml: staticPod('kube-controller-manager', 'v1.30.5'),
      options: today,
      findings: [{ message: 'kube-controller-manager v1.30.5 is affected by CVE-2025-13281 (Portworx half-blind SSRF in kube-controller-manager); no fixed release of 1.30 is known: upgrade to a newer minor release' }],
    },
  ],
});
