import check from './apiserver-etcd-plaintext.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'https', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'http', yaml: kubeApiServer({ 'etcd-servers': 'http://127.0.0.1:2379' }), findings: [{ message: 'over plain HTTP: http://127.0.0.1:2379' }] },
    ],
});
//# sourceMappingURL=apiserver-etcd-plaintext.test.js.map