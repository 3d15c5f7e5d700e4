import check from './public-registry-in-production.js';
import { testCheck, yaml } from '../testing.js';
import { DEFAULT_CONFIG } from '../../config.js';
testCheck(check, {
    pass: [
        {
            name: 'public images outside production; production images from a private registry',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: staging, labels: {environment: staging}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: staging}
        spec:
          containers: [{name: web, image: "nginx:1.27"}]
        ---
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop, labels: {environment: production}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: api, namespace: shop}
        spec:
          containers: [{name: api, image: "registry.example.com/shop/api:1.4"}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: reports, namespace: product-catalog}
        spec:
          containers: [{name: r, image: "python:3.12"}]
      `,
        },
        {
            name: 'an explicitly allowed public repository is a decision, not a finding',
            options: { config: { ...DEFAULT_CONFIG, checks: { 'images.public-registry-in-production': { options: { allowedRegistries: ['docker.io/library/*'] } } } } },
            yaml: yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: prod}
        spec:
          containers: [{name: web, image: "nginx:1.27"}]
      `,
        },
    ],
    fail: [
        {
            name: 'production by label (any case) and by name glob, Docker Hub and ghcr.io',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata: {name: shop, labels: {env: Prod}}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: api, namespace: shop}
        spec:
          template:
            spec:
              containers:
              - name: api
                image: registry.example.com/shop/api:1.4
              - name: cache
                image: redis:7.2
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: agent, namespace: payments-prod}
        spec:
          containers:
          - name: agent
            image: ghcr.io/acme/agent:2.0
      `,
            findings: [
                { line: 15, message: 'container "cache" in production namespace "shop" (label env=Prod) pulls "redis:7.2" from public registry docker.io' },
                { line: 23, message: /namespace "payments-prod" \(name matches "\*-prod"\) pulls "ghcr.io\/acme\/agent:2.0"/ },
            ],
        },
    ],
});
//# sourceMappingURL=public-registry-in-production.test.js.map