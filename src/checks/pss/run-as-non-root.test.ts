import check from './run-as-non-root.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
  fail: [
    { name: 'violates runAsNonRoot', yaml: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      securityContext:\n        seccompProfile: {type: RuntimeDefault}\n      containers:\n      - name: job\n        image: x\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities: {drop: [ALL]}\n", findings: [{ line: 7, message: "container \"job\" must set securityContext.runAsNonRoot=true", severity: 'high' }] },
    {
      // ingress-nginx's controller (deploy/static/provider/cloud/deploy.yaml) and the Kubernetes dashboard set only runAsUser.
      name: 'runAsUser non-zero on every offending container: still a violation, but not root today (low)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: ingress-nginx-controller, namespace: ingress-nginx}
        spec:
          template:
            spec:
              securityContext: {runAsUser: 2000}
              containers:
              - name: controller
                image: registry.k8s.io/ingress-nginx/controller:v1.5.2
                securityContext: {runAsUser: 101}
              - name: sidecar
                image: x
      `,
      findings: [{ line: 7, severity: 'low', message: '"controller" runs as UID 101 (runAsUser on the container), "sidecar" runs as UID 2000 (runAsUser on the pod)', evidence: { runAsUser: { controller: 101, sidecar: 2000 } } }],
    },
    {
      name: 'one offending container without runAsUser: it may run as root (high)',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: a, image: x, securityContext: {runAsUser: 101}}
          - {name: b, image: x}
      `,
      findings: [{ line: 4, severity: 'high', notMessage: 'does not run as root' }],
    },
    {
      name: 'runAsNonRoot: false said outright keeps its severity even with a UID',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsNonRoot: false, runAsUser: 1000}
          containers:
          - {name: a, image: x}
      `,
      findings: [{ line: 5, severity: 'high', notMessage: 'does not run as root' }],
    },
  ],
});
