import check from './apiserver-etcd-certfile.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'set', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'missing', yaml: kubeApiServer({ 'etcd-certfile': null, 'etcd-keyfile': null }), findings: [{ message: '--etcd-certfile or --etcd-keyfile' }] },
    ],
});
//# sourceMappingURL=apiserver-etcd-certfile.test.js.map