import check from './peer-auto-tls.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'set in --config-file, which Rampart cannot read', yaml: etcd({ 'peer-auto-tls': 'true', 'config-file': '/etc/etcd/etcd.yaml' }) },
    ],
    fail: [
        { name: 'wrong value', yaml: etcd({ 'peer-auto-tls': 'true' }), findings: [{ message: '--peer-auto-tls=true' }] },
        { name: 'from the environment', yaml: etcd({ 'peer-auto-tls': null }).replace('    image:', '    env:\n    - name: ETCD_PEER_AUTO_TLS\n      value: "true"\n    image:'), findings: [{ message: 'ETCD_PEER_AUTO_TLS=true' }] },
    ],
});
//# sourceMappingURL=peer-auto-tls.test.js.map