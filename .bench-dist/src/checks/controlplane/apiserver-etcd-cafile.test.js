import check from './apiserver-etcd-cafile.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'etcd-cafile': null }), findings: [{ message: '--etcd-cafile' }] },
    ],
});
//# sourceMappingURL=apiserver-etcd-cafile.test.js.map