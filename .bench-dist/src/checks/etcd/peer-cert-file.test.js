import check from './peer-cert-file.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'from the environment', yaml: etcd({ 'peer-cert-file': null }).replace('    image:', '    env:\n    - name: ETCD_PEER_CERT_FILE\n      value: /etc/kubernetes/pki/etcd/x.crt\n    image:') },
    ],
    fail: [
        { name: 'missing', yaml: etcd({ 'peer-cert-file': null, 'peer-key-file': null }), findings: [{ message: '--peer-cert-file or --peer-key-file' }] },
    ],
});
//# sourceMappingURL=peer-cert-file.test.js.map