import check from './missing-pull-secret.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'existing pull Secrets, a SealedSecret, and a namespace whose Secrets are not in the input',
            yaml: yaml `
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
            yaml: yaml `
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
//# sourceMappingURL=missing-pull-secret.test.js.map