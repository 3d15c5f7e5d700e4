import check from './capabilities-restricted.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates capabilities_restricted', yaml: "apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    securityContext:\n      runAsNonRoot: true\n      seccompProfile: {type: RuntimeDefault}\n    containers:\n    - name: a\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n", findings: [{ line: 12, message: "container \"a\" must set securityContext.capabilities.drop=[\"ALL\"]" }] }],
});
//# sourceMappingURL=capabilities-restricted.test.js.map