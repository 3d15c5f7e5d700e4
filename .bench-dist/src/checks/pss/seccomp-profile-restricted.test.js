import check from './seccomp-profile-restricted.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates seccompProfile_restricted', yaml: "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: \"0 * * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          securityContext:\n            runAsNonRoot: true\n          containers:\n          - name: job\n            image: x\n            securityContext:\n              allowPrivilegeEscalation: false\n              capabilities: {drop: [ALL]}\n", findings: [{ line: 10, message: "container \"job\" must set securityContext.seccompProfile.type" }] }],
});
//# sourceMappingURL=seccomp-profile-restricted.test.js.map