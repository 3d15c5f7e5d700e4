import check from './lateral-movement.js';
import { testCheck, yaml } from '../testing.js';
import { deploy, ns, policy } from './fixtures.js';

const svc = (namespace: string, name: string, type: string, app: string) => yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: ${name}, namespace: ${namespace}}
  spec: {type: ${type}, selector: {app: ${app}}, ports: [{port: 80}]}
  ---
`;
const shop = ns('shop') + ns('data') + deploy('shop', 'frontend', { app: 'frontend' }) + deploy('shop', 'api', { app: 'api' }, '', [{ name: 'http', port: 8080 }]) + deploy('data', 'db', { app: 'db', 'rampart.dev/sensitivity': 'high' });
const dbOnlyFromApi = policy('data', 'db', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } }, podSelector: { matchLabels: { app: 'api' } } }], ports: [{ port: 5432 }] }] });

testCheck(check, {
  pass: [
    { name: 'nothing exposed', yaml: shop },
    { name: 'exposed, but every path to the database is cut', yaml: shop + svc('shop', 'frontend', 'LoadBalancer', 'frontend') + dbOnlyFromApi + policy('shop', 'api', { podSelector: { matchLabels: { app: 'api' } }, ingress: [] }) },
    { name: 'a ClusterIP service is not an entry point', yaml: shop + svc('shop', 'frontend', 'ClusterIP', 'frontend') },
  ],
  fail: [
    {
      name: 'internet → frontend → api → database, with the hops as evidence',
      yaml: shop + svc('shop', 'frontend', 'LoadBalancer', 'frontend') + dbOnlyFromApi + policy('shop', 'api', { podSelector: { matchLabels: { app: 'api' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 'http' }] }] }),
      findings: [
        {
          line: 20,
          message: 'Deployment "frontend", exposed by LoadBalancer Service shop/frontend, can reach Deployment data/db (sensitive: it is marked rampart.dev/sensitivity=high) in 2 hops: frontend → api (TCP 8080) → db (TCP 5432)',
          evidence: {
            paths: [{ target: 'Deployment/data/db', why: 'sensitive: it is marked rampart.dev/sensitivity=high', hops: [{ workload: 'Deployment/shop/frontend' }, { workload: 'Deployment/shop/api', ports: [{ protocol: 'TCP', from: 8080, to: 8080 }] }, { workload: 'Deployment/data/db', ports: [{ protocol: 'TCP', from: 5432, to: 5432 }] }] }],
          },
        },
      ],
    },
    {
      name: 'an Ingress backend and a hostPort are entry points',
      yaml:
        shop +
        svc('shop', 'web', 'ClusterIP', 'frontend') +
        yaml`
          apiVersion: networking.k8s.io/v1
          kind: Ingress
          metadata: {name: web, namespace: shop}
          spec:
            rules:
            - http:
                paths:
                - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
          ---
        ` +
        deploy('shop', 'legacy', { app: 'legacy' }, '', []).replace('image: x', 'image: x\n        ports: [{containerPort: 80, hostPort: 8081}]'),
      findings: [{ message: 'exposed by Ingress shop/web → Service shop/web, can reach Deployment data/db' }, { message: 'Deployment "legacy", exposed by hostPort 8081, can reach Deployment data/db' }],
    },
  ],
});
