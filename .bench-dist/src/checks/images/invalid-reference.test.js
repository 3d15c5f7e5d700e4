import check from './invalid-reference.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'valid references of every shape',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: nginx}
          - {name: b, image: "localhost:5000/x"}
          - {name: c, image: "[::1]:5000/x:tag"}
          - {name: d, image: "registry:5000/a/b:tag@sha256:${'0'.repeat(64)}"}
          - {name: e, image: Registry.Example.com/team/app}
          - {name: f, image: MyOrg/app} # an upper-case first component is taken as a host
      `,
        },
    ],
    fail: [
        {
            name: 'upper-case repository, unrendered template, short digest',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
              - name: setup
                image: myorg/Setup:1.0
              containers:
              - name: app
                image: "{{ .image }}"
              - name: sidecar
                image: envoyproxy/envoy@sha256:abc123
      `,
            findings: [
                { line: 9, message: /init container "setup" has an invalid image reference "myorg\/Setup:1.0": .*must be lowercase/ },
                { line: 12, message: /container "app" .*unrendered template/ },
                { line: 14, message: /container "sidecar" .*invalid reference format/ },
            ],
        },
        {
            name: 'tag longer than 128 characters, missing image, unsupported digest algorithm',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: long
            image: app:${'v'.repeat(129)}
          - name: none
            imagePullPolicy: Always
          - name: md5
            image: app@md5:${'0'.repeat(32)}
      `,
            findings: [
                { line: 7, message: /container "long" .*at most 128/ },
                { line: 8, message: 'container "none" has no image' },
                { line: 11, message: /container "md5" .*unsupported digest algorithm/ },
            ],
        },
    ],
});
//# sourceMappingURL=invalid-reference.test.js.map