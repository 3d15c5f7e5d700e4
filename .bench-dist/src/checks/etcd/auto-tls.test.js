import check from './auto-tls.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'set in --config-file, which Rampart cannot read', yaml: etcd({ 'auto-tls': 'true', 'config-file': '/etc/etcd/etcd.yaml' }) },
    ],
    fail: [
        { name: 'wrong value', yaml: etcd({ 'auto-tls': 'true' }), findings: [{ message: '--auto-tls=true' }] },
        { name: 'from the environment', yaml: etcd({ 'auto-tls': null }).replace('    image:', '    env:\n    - name: ETCD_AUTO_TLS\n      value: "true"\n    image:'), findings: [{ message: 'ETCD_AUTO_TLS=true' }] },
    ],
});
//# sourceMappingURL=auto-tls.test.js.map