import check from './apiserver-authorization-node.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'Node,RBAC', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'RBAC only', yaml: kubeApiServer({ 'authorization-mode': 'RBAC' }), findings: [{ message: '--authorization-mode=RBAC' }] },
    ],
});
//# sourceMappingURL=apiserver-authorization-node.test.js.map