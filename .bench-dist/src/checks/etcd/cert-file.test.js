import check from './cert-file.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'from the environment', yaml: etcd({ 'cert-file': null }).replace('    image:', '    env:\n    - name: ETCD_CERT_FILE\n      value: /etc/kubernetes/pki/etcd/x.crt\n    image:') },
    ],
    fail: [
        { name: 'missing', yaml: etcd({ 'cert-file': null, 'key-file': null }), findings: [{ message: '--cert-file or --key-file' }] },
    ],
});
//# sourceMappingURL=cert-file.test.js.map