import check from './host-ports.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates hostPorts', yaml: "apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: x\n        ports:\n        - containerPort: 80\n          hostPort: 8080\n", findings: [{ line: 12, message: "container \"web\" uses hostPort 8080" }] }],
});
//# sourceMappingURL=host-ports.test.js.map