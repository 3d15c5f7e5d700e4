import check from './capabilities-baseline.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'adding only default capabilities is baseline', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x\n    securityContext: {capabilities: {add: [CHOWN, NET_BIND_SERVICE]}}\n' }, { name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates capabilities_baseline', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: shell\n    image: x\n    securityContext:\n      capabilities:\n        add:\n        - SYS_ADMIN\n", findings: [{ line: 11, message: "\"SYS_ADMIN\"", severity: 'critical' }] }, {
            name: 'a capability outside the default set that is not on the danger list keeps the default severity; CAP_ prefix is read as runtimes read it',
            yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x\n    securityContext: {capabilities: {add: [SYS_TIME, CAP_SYS_PTRACE]}}\n',
            findings: [{ line: 8, message: 'SYS_PTRACE: traces', severity: 'high' }],
        }],
});
//# sourceMappingURL=capabilities-baseline.test.js.map