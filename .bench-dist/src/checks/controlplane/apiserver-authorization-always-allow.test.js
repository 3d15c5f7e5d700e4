import check from './apiserver-authorization-always-allow.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'Node,RBAC', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'explicit', yaml: kubeApiServer({ 'authorization-mode': 'AlwaysAllow' }), findings: [{ message: '--authorization-mode=AlwaysAllow' }] },
        { name: 'after RBAC: a request RBAC does not allow is still allowed', yaml: kubeApiServer({ 'authorization-mode': 'RBAC,AlwaysAllow' }), findings: [{ message: 'RBAC,AlwaysAllow' }] },
        { name: 'not set: the default', yaml: kubeApiServer({ 'authorization-mode': null }), findings: [{ message: 'defaults to AlwaysAllow' }] },
    ],
});
//# sourceMappingURL=apiserver-authorization-always-allow.test.js.map