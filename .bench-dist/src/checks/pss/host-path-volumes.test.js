import check from './host-path-volumes.js';
import { testCheck } from '../testing.js';
testCheck(check, {
    pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
    fail: [{ name: 'violates hostPathVolumes', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: a\n    image: x\n    volumeMounts:\n    - {name: sock, mountPath: /var/run/docker.sock, readOnly: true}\n  volumes:\n  - name: sock\n    hostPath:\n      path: /var/run/docker.sock\n", findings: [{ line: 12, message: "the Docker socket", severity: 'critical' }] }, {
            name: 'severity follows the path: the runtime socket is critical, /etc high, a plain data dir medium',
            yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n  volumes:\n  - {name: etc, hostPath: {path: /etc/ssl}}\n',
            findings: [{ line: 7, message: 'under /etc', severity: 'high' }],
        }, {
            name: 'a plain data directory keeps the default severity',
            yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: x}]\n  volumes:\n  - {name: data, hostPath: {path: /mnt/data}}\n',
            findings: [{ line: 7, message: 'not mounted by any container', severity: 'medium' }],
        }],
});
//# sourceMappingURL=host-path-volumes.test.js.map