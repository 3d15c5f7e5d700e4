import check from './privileged.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates privileged', yaml: "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      initContainers:\n      - name: setup\n        image: busybox\n        securityContext:\n          privileged: true\n      containers:\n      - name: app\n        image: nginx\n", findings: [{ line: 11, message: "container \"setup\" must not set securityContext.privileged=true" }] }, {
            name: 'in a namespace that enforces baseline, the pod would be rejected at admission',
            yaml: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n  labels: {pod-security.kubernetes.io/enforce: baseline}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: web}\nspec:\n  containers:\n  - {name: a, image: x, securityContext: {privileged: true}}\n',
            findings: [{ line: 12, message: 'rejected at admission: namespace "web" enforces baseline:latest', evidence: { admitted: false } }],
        }],
});
//# sourceMappingURL=privileged.test.js.map