import check from './not-pinned-by-digest.js';
import { testCheck, yaml } from '../testing.js';
const SHA256 = 'sha256:' + 'b'.repeat(64);
const SHA512 = 'sha512:' + 'c'.repeat(128);
testCheck(check, {
    pass: [
        {
            name: 'sha256 and sha512 digests, with and without tags',
            yaml: yaml `
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              initContainers:
              - name: init
                image: busybox@${SHA256}
              containers:
              - name: agent
                image: ghcr.io/org/agent:2.1@${SHA256}
              - name: other
                image: quay.io/org/other@${SHA512}
      `,
        },
    ],
    fail: [
        {
            name: 'tags alone, in every container kind',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: app
            image: registry:5000/a/b:tag
          ephemeralContainers:
          - name: dbg
            image: nicolaka/netshoot
      `,
            findings: [
                { line: 7, message: 'init container "init" image "busybox:1.36" is not pinned by digest', severity: 'low' },
                { line: 10, message: 'container "app"' },
                { line: 13, message: 'ephemeral container "dbg"' },
            ],
        },
    ],
});
//# sourceMappingURL=not-pinned-by-digest.test.js.map