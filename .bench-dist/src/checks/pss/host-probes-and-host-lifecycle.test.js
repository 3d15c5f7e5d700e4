import check from './host-probes-and-host-lifecycle.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates hostProbesAndHostLifecycle', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x\n    livenessProbe:\n      httpGet:\n        host: 169.254.169.254\n        path: /\n        port: 80\n", findings: [{ line: 10, message: "host" }] }],
});
//# sourceMappingURL=host-probes-and-host-lifecycle.test.js.map