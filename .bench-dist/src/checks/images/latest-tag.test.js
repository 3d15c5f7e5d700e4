import check from './latest-tag.js';
import { testCheck, yaml } from '../testing.js';
const DIGEST = 'sha256:' + 'a'.repeat(64);
testCheck(check, {
    pass: [
        {
            name: 'versioned tags, a digest, and :latest pinned by digest',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: init
            image: busybox:1.36
          containers:
          - name: a
            image: nginx:1.27.2
          - name: b
            image: ghcr.io/org/app@${DIGEST}
          - name: c
            image: busybox:latest@${DIGEST}
          - name: d
            image: localhost:5000/app:v2
      `,
        },
        {
            name: 'invalid references are left to images.invalid-reference',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: a
            image: Nginx
          - name: b
      `,
        },
    ],
    fail: [
        {
            name: 'no tag in a Deployment, explicit :latest in an init container',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              initContainers:
              - name: migrate
                image: registry.example.com/shop/migrate:latest
              containers:
              - name: web
                image: nginx
      `,
            findings: [
                { line: 9, message: 'init container "migrate"' },
                { line: 12, message: /container "web" uses image "nginx" with no tag/ },
            ],
        },
        {
            name: 'registry with a port and no tag is still :latest; ephemeral containers count',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: debug}
        spec:
          containers:
          - name: app
            image: localhost:5000/app
          ephemeralContainers:
          - name: debugger
            image: busybox
      `,
            findings: [
                { line: 7, message: 'container "app" uses image "localhost:5000/app" with no tag' },
                { line: 10, message: 'ephemeral container "debugger"' },
            ],
        },
        {
            name: 'CronJob with :latest',
            yaml: yaml `
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: report}
        spec:
          schedule: "0 * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: report
                    image: "alpine:latest"
      `,
            findings: [{ line: 12, message: /container "report" uses image "alpine:latest" with the floating tag :latest/, severity: 'medium' }],
        },
    ],
});
//# sourceMappingURL=latest-tag.test.js.map