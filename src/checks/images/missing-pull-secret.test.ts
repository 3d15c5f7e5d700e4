import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import check from './missing-pull-secret.js';
import { testCheck, yaml } from '../testing.js';
import { loadText } from '../../inventory/load.js';
import { Inventory } from '../../inventory/inventory.js';
import { scan } from '../../scan.js';

testCheck(check, {
  pass: [
    {
      name: 'existing pull Secrets, a SealedSecret, and a namespace whose Secrets are not in the input',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: registry-pull, namespace: shop}
        type: kubernetes.io/dockerconfigjson
        data: {.dockerconfigjson: e30=}
        ---
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata: {name: sealed-pull, namespace: shop}
        spec: {encryptedData: {.dockerconfigjson: AgB}}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: api, namespace: shop}
        imagePullSecrets: [{name: registry-pull}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop}
        spec:
          imagePullSecrets: [{name: registry-pull}, {name: sealed-pull}]
          containers: [{name: api, image: "registry.example.com/api:1"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: web}
        spec:
          imagePullSecrets: [{name: managed-elsewhere}]
          containers: [{name: web, image: "registry.example.com/web:1"}]
      `,
    },
  ],
  fail: [
    {
      name: 'a missing name, a wrong Secret type, and a ServiceAccount that names a missing Secret',
      yaml: yaml`
        apiVersion: v1
        kind: Secret
        metadata: {name: registry-pull, namespace: shop}
        type: kubernetes.io/dockerconfigjson
        data: {.dockerconfigjson: e30=}
        ---
        apiVersion: v1
        kind: Secret
        metadata: {name: plain, namespace: shop}
        data: {token: eA==}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop}
        spec:
          template:
            spec:
              imagePullSecrets:
              - name: registry-pul
              - name: plain
              containers: [{name: api, image: "registry.example.com/api:1"}]
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: shop}
        imagePullSecrets:
        - name: old-registry
      `,
      findings: [
        { line: 19, message: 'imagePullSecrets names Secret "registry-pul" in namespace shop, which does not exist' },
        { line: 20, message: 'Secret "plain" in namespace shop, which is of type Opaque, which the kubelet ignores for pulls' },
        { line: 27, message: 'ServiceAccount shop/default gives its pods pull Secret "old-registry", which does not exist' },
      ],
    },
  ],
});

describe('images.missing-pull-secret on a whole cluster (snapshot, live read)', () => {
  // as `rampart snapshot` and a live read without --include-secret-data leave Secrets: metadata only, no type
  const text = yaml`
    apiVersion: v1
    kind: Secret
    metadata: {name: registry-pull, namespace: shop}
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: api, namespace: shop}
    spec:
      imagePullSecrets: [{name: registry-pull}]
      containers: [{name: api, image: "registry.example.com/api:1"}]
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, namespace: web}
    spec:
      imagePullSecrets: [{name: gone}]
      containers: [{name: web, image: "registry.example.com/web:1"}]
  `;
  const messages = (inventory: Inventory) => scan(inventory, { registry: [check] }).findings.map((f) => f.message);
  it('a Secret known by its metadata only is not judged by a type it does not show', () => {
    assert.deepEqual(messages(loadText(text, 'fixture.yaml')), [], 'files: the web namespace holds no Secrets, so its may live elsewhere');
  });
  it('a name is missing even in a namespace that holds no Secret at all, since the cluster holds every Secret', () => {
    const files = loadText(text, 'fixture.yaml');
    const cluster = new Inventory(files.objects, [], [], { complete: true });
    assert.deepEqual(messages(cluster), ['imagePullSecrets names Secret "gone" in namespace web, which does not exist']);
  });
});
