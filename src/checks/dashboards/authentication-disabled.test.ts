import { testCheck, yaml } from '../testing.js';
import check from './authentication-disabled.js';
import { argoCd, lineOf, RECOMMENDED, SKIP_LOGIN, weaveScope } from './fixtures.js';

const disabledByFlag = argoCd({}, { args: ['--disable-auth'] });

testCheck(check, {
  pass: [
    { name: 'Kubernetes Dashboard recommended.yaml', yaml: RECOMMENDED },
    { name: 'skip-login is its own check', yaml: SKIP_LOGIN },
    { name: 'Argo CD as installed', yaml: argoCd() },
    { name: 'Argo CD with server.disable.auth "false"', yaml: argoCd({ 'server.disable.auth': 'false', 'server.insecure': 'true' }) },
    { name: 'Argo CD with --disable-auth=false', yaml: argoCd({}, { args: ['--disable-auth=false'] }) },
    { name: 'an explicit --disable-auth=false overrides server.disable.auth, which only sets its default', yaml: argoCd({ 'server.disable.auth': 'true' }, { args: ['--disable-auth=false'] }) },
    {
      name: 'server.disable.auth in a ConfigMap the server does not read (no env entry)',
      yaml: argoCd({ 'server.disable.auth': 'true' }).replace(/        - name: ARGOCD_SERVER_DISABLE_AUTH\n(?:          .*\n)+?              optional: true\n/, ''),
    },
    {
      name: 'a look-alike name on another image is not Argo CD',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: argocd-server-docs, namespace: docs}
        spec:
          selector: {matchLabels: {app: docs}}
          template:
            metadata: {labels: {app: docs}}
            spec:
              containers:
              - name: web
                image: nginx:1.25
                args: [--disable-auth]
      `,
    },
  ],
  fail: [
    {
      name: 'Argo CD with --disable-auth',
      yaml: disabledByFlag,
      findings: [{ line: lineOf(disabledByFlag, '- --disable-auth'), severity: 'high', message: 'Argo CD server container "argocd-server" runs with authentication turned off (--disable-auth)', evidence: { recognizedBy: 'program argocd-server' } }],
    },
    {
      name: 'Argo CD with server.disable.auth in argocd-cmd-params-cm, read through ARGOCD_SERVER_DISABLE_AUTH',
      yaml: argoCd({ 'server.disable.auth': 'true' }),
      findings: [{ severity: 'high', message: 'ARGOCD_SERVER_DISABLE_AUTH=true (from ConfigMap argocd-cmd-params-cm key server.disable.auth)' }],
    },
    {
      name: 'Argo CD with anonymous access, exposed by a LoadBalancer: critical',
      yaml: argoCd({}, { anonymous: true, serviceType: 'LoadBalancer' }),
      findings: [{ severity: 'critical', message: /users\.anonymous\.enabled: "true" in ConfigMap argocd\/argocd-cm.*LoadBalancer Service argocd\/argocd-server/ }],
    },
    {
      name: 'Weave Scope app (no authentication); its probes on the same image are not the UI',
      yaml: weaveScope(),
      findings: [{ severity: 'high', message: 'Weave Scope container "app" has no authentication', evidence: { recognizedBy: 'image weaveworks/scope' } }],
    },
    {
      name: 'kube-ops-view from a mirror',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: kube-ops-view
          namespace: ops
          labels: {application: kube-ops-view}
        spec:
          selector: {matchLabels: {application: kube-ops-view}}
          template:
            metadata: {labels: {application: kube-ops-view}}
            spec:
              serviceAccountName: kube-ops-view
              containers:
              - name: service
                image: registry.example.com/mirror/hjacobs/kube-ops-view:20.4.0
                ports: [{containerPort: 8080}]
      `,
      findings: [{ message: 'kube-ops-view container "service" has no authentication' }],
    },
  ],
});
