import check from './untrusted-registry.js';
import { testCheck, yaml } from '../testing.js';
import { DEFAULT_CONFIG } from '../../config.js';
const trusting = (...trustedRegistries) => ({ config: { ...DEFAULT_CONFIG, checks: { 'images.untrusted-registry': { options: { trustedRegistries } } } } });
const CLUSTER = yaml `
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: api, namespace: shop}
  spec:
    template:
      spec:
        containers:
        - name: api
          image: registry.example.com/shop/api:1.4.2
        - name: proxy
          image: registry.example.com/infra/envoy:1.30
  ---
  apiVersion: v1
  kind: Pod
  metadata: {name: tools, namespace: ops}
  spec:
    containers:
    - name: shell
      image: nicolaka/netshoot:v0.13
    - name: agent
      image: ghcr.io/acme/agent:2.0
    - name: mirror
      image: Mirror.Example.com:5000/tools/jq:1.7
`;
testCheck(check, {
    pass: [
        {
            name: 'unset: every image comes from the one private registry',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: "registry.example.com/team/a:1"}
          - {name: b, image: "registry.example.com/team/b@sha256:${'a'.repeat(64)}"}
      `,
        },
        {
            name: 'set: host globs, repository globs and Docker Hub official images',
            options: trusting('registry.example.com', '*.example.com:5000', 'docker.io/library/*', 'ghcr.io/acme/**'),
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: "registry.example.com/team/a:1"}
          - {name: b, image: "mirror.example.com:5000/x:1"}
          - {name: c, image: "nginx:1.27"}
          - {name: d, image: "ghcr.io/acme/deep/path/agent:2"}
          - {name: e, image: "REGISTRY.example.com/team/e:1"}
      `,
        },
    ],
    fail: [
        {
            name: 'unset: images outside the most common private registry are info only',
            yaml: CLUSTER,
            findings: [
                { line: 19, severity: 'info', message: /container "shell" runs image "nicolaka\/netshoot:v0.13" from registry docker.io, not from registry.example.com, the cluster's most common private registry/ },
                { line: 21, severity: 'info', message: 'from registry ghcr.io', evidence: { clusterRegistry: 'registry.example.com' } },
                { line: 23, severity: 'info', message: 'from registry Mirror.Example.com:5000' },
            ],
        },
        {
            name: 'unset, and no private registry at all',
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: "nginx:1.27"}
          - {name: b, image: "quay.io/prometheus/prometheus:v2.53.0"}
      `,
            findings: [
                { line: 6, severity: 'info', message: 'the cluster uses no private registry', evidence: { clusterRegistry: null } },
                { line: 7, severity: 'info', message: 'from registry quay.io' },
            ],
        },
        {
            name: 'set: what the list does not match is medium; a repository glob does not cover sibling repositories',
            options: trusting('registry.example.com/shop/*', 'ghcr.io/acme/*'),
            yaml: CLUSTER,
            findings: [
                { line: 11, severity: 'medium', message: 'registry.example.com/infra/envoy:1.30" from registry registry.example.com, which matches none of the trusted registries (registry.example.com/shop/*, ghcr.io/acme/*)' },
                { line: 19, severity: 'medium', message: 'nicolaka/netshoot' },
                { line: 23, severity: 'medium', message: 'Mirror.Example.com:5000' },
            ],
        },
    ],
});
//# sourceMappingURL=untrusted-registry.test.js.map