import check from './allow-privilege-escalation.js';
import { testCheck } from '../testing.js';

testCheck(check, {
  pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
  fail: [{ name: 'violates allowPrivilegeEscalation', yaml: "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      containers:\n      - name: app\n        image: x\n        securityContext:\n          capabilities: {drop: [ALL]}\n      - name: sidecar\n        image: envoy\n        securityContext:\n          allowPrivilegeEscalation: true\n          capabilities: {drop: [ALL]}\n", findings: [{ line: 13, message: "containers \"app\", \"sidecar\" must set securityContext.allowPrivilegeEscalation=false" }] }],
});
