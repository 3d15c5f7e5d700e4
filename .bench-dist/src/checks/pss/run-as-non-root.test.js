import check from './run-as-non-root.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates runAsNonRoot', yaml: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      securityContext:\n        seccompProfile: {type: RuntimeDefault}\n      containers:\n      - name: job\n        image: x\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities: {drop: [ALL]}\n", findings: [{ line: 7, message: "container \"job\" must set securityContext.runAsNonRoot=true" }] }],
});
//# sourceMappingURL=run-as-non-root.test.js.map