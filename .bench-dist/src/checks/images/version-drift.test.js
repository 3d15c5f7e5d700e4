import check from './version-drift.js';
import { testCheck, yaml } from '../testing.js';
const A = 'sha256:' + 'a'.repeat(64);
const B = 'sha256:' + 'b'.repeat(64);
testCheck(check, {
    pass: [
        {
            name: 'one version everywhere; two tags of one digest; two versions inside one workload',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: a, namespace: x}
        spec:
          containers:
          - {name: app, image: "registry.example.com/app:1.2@${A}"}
          - {name: old, image: "registry.example.com/tool:1"}
          - {name: new, image: "registry.example.com/tool:2"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: b, namespace: web}
        spec:
          containers:
          - {name: app, image: "registry.example.com/app:1.2-renamed@${A}"}
          - {name: side, image: "busybox:1.36"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: c, namespace: web}
        spec:
          containers:
          - {name: side, image: "docker.io/library/busybox:1.36"}
      `,
        },
    ],
    fail: [
        {
            name: 'the minority version is reported, naming the majority',
            yaml: yaml `
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop}
        spec:
          template:
            spec:
              containers:
              - {name: proxy, image: "envoyproxy/envoy:v1.30.1"}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: shop}
        spec:
          template:
            spec:
              containers:
              - {name: proxy, image: "envoyproxy/envoy:v1.30.1"}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: legacy, namespace: tools}
        spec:
          template:
            spec:
              containers:
              - {name: proxy, image: "envoyproxy/envoy:v1.27.0"}
      `,
            findings: [
                {
                    line: 26,
                    message: 'docker.io/envoyproxy/envoy runs at 2 versions across 3 workloads: :v1.30.1 in 2 workloads, :v1.27.0 in Deployment/tools/legacy; container "proxy" here runs :v1.27.0',
                    evidence: { majority: ':v1.30.1', versionCount: 2, workloadCount: 3 },
                },
            ],
        },
        {
            name: 'no majority: reported once, on the first workload; a digest and an unpinned tag are different versions',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: one, namespace: a}
        spec:
          containers:
          - {name: app, image: "registry.example.com/app@${A}"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: two, namespace: a}
        spec:
          containers:
          - {name: app, image: "registry.example.com/app:2.0@${B}"}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: three, namespace: a}
        spec:
          containers:
          - {name: app, image: "registry.example.com/app"}
      `,
            findings: [
                {
                    line: 6,
                    message: 'registry.example.com/app runs at 3 versions across 3 workloads: :latest in Pod/a/three, @sha256:aaaaaaaaaaaa… in Pod/a/one, :2.0@sha256:bbbbbbbbbbbb… in Pod/a/two; no version is in the majority',
                    evidence: { majority: null },
                },
            ],
        },
    ],
});
//# sourceMappingURL=version-drift.test.js.map