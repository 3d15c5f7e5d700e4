import check from './annotation-credentials.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'references to Secrets, checksums, booleans, Vault paths, cert-manager and last-applied annotations',
      yaml: yaml`
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          namespace: shop
          annotations:
            nginx.ingress.kubernetes.io/auth-secret: basic-auth
            nginx.ingress.kubernetes.io/auth-tls-secret: shop/client-ca
            nginx.ingress.kubernetes.io/auth-secret-type: auth-file
            cert-manager.io/inject-ca-from-secret: cert-manager/cert-manager-webhook-ca
            kubectl.kubernetes.io/last-applied-configuration: '{"metadata":{"annotations":{"token":"ghp_0123456789abcdefghijABCDEFGHIJ0123456789"}}}'
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: grafana
          namespace: monitoring
          annotations: {deployment.kubernetes.io/revision: "3"}
        spec:
          selector: {matchLabels: {app: grafana}}
          template:
            metadata:
              labels: {app: grafana}
              annotations:
                checksum/secret: 69477611c9a997ab461695b341756174aa
                checksum/grafana-config: 1954a63c98056c3651467b6a60726838
                vault.hashicorp.com/agent-inject: "true"
                vault.hashicorp.com/agent-inject-token: "true"
                vault.hashicorp.com/agent-inject-secret-db: secret/data/shop/db
                prometheus.io/scrape: "true"
            spec:
              containers: [{name: grafana, image: grafana/grafana:9.2.4}]
      `,
    },
  ],
  fail: [
    {
      name: 'a token by its format, a password by its name, in object and pod template annotations',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
          annotations:
            ci.example.com/github-token: ghp_0123456789abcdefghijABCDEFGHIJ0123456789
            notify.example.com/webhook: https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX
        spec:
          selector: {matchLabels: {app: api}}
          template:
            metadata:
              labels: {app: api}
              annotations:
                backup.example.com/password: Sup3r-s3cret!
            spec:
              containers: [{name: api, image: x}]
      `,
      findings: [
        { line: 7, message: 'Deployment "api" has annotation ci.example.com/github-token that holds what looks like a GitHub token', evidence: { annotation: 'ci.example.com/github-token', formats: ['github-token'] }, notMessage: '0123456789abcdefghij' },
        { line: 8, message: 'a Slack incoming webhook URL' },
        { line: 15, message: 'has annotation backup.example.com/password that looks like a credential (PASSWORD)', notMessage: 'Sup3r' },
      ],
    },
  ],
});
