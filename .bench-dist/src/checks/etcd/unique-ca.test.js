import check from './unique-ca.js';
import { testCheck } from '../testing.js';
import { etcd, kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'dedicated CA', yaml: etcd() + '---\n' + kubeApiServer() },
    ],
    fail: [
        { name: 'the cluster CA', yaml: etcd({ 'trusted-ca-file': '/etc/kubernetes/pki/ca.crt' }) + '---\n' + kubeApiServer(), findings: [{ message: 'the same CA the API server uses' }] },
        { name: 'none', yaml: etcd({ 'trusted-ca-file': null }), findings: [{ message: 'does not set --trusted-ca-file' }] },
    ],
});
//# sourceMappingURL=unique-ca.test.js.map