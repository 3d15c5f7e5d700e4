import check from './apiserver-authorization-rbac.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'Node,RBAC', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'Node and ABAC', yaml: kubeApiServer({ 'authorization-mode': 'Node,ABAC' }), findings: [{ message: 'does not use RBAC' }] },
        { name: 'a space is not trimmed: " RBAC" is not RBAC', yaml: kubeApiServer({ 'authorization-mode': 'Node, RBAC' }), findings: [{ message: 'does not use RBAC' }] },
    ],
});
//# sourceMappingURL=apiserver-authorization-rbac.test.js.map