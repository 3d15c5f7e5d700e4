import check from './restricted-volumes.js';
import { testCheck } from '../testing.js';

testCheck(check, {
  pass: [{ name: 'a hostPath volume alone is left to pss.host-path-volumes', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n  volumes:\n  - {name: h, hostPath: {path: /tmp}}\n' }, { name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
  fail: [{ name: 'violates restrictedVolumes', yaml: "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile: {type: RuntimeDefault}\n      containers:\n      - name: a\n        image: x\n        securityContext:\n          allowPrivilegeEscalation: false\n          capabilities: {drop: [ALL]}\n      volumes:\n      - name: share\n        nfs: {server: nfs.example, path: /export}\n", findings: [{ line: 17, message: "restricted volume types" }] }],
});
