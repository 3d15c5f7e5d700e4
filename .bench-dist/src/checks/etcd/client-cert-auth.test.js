import check from './client-cert-auth.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'set in --config-file, which Rampart cannot read', yaml: etcd({ 'client-cert-auth': 'false', 'config-file': '/etc/etcd/etcd.yaml' }) },
    ],
    fail: [
        { name: 'wrong value', yaml: etcd({ 'client-cert-auth': 'false' }), findings: [{ message: '--client-cert-auth=false' }] },
        { name: 'from the environment', yaml: etcd({ 'client-cert-auth': null }).replace('    image:', '    env:\n    - name: ETCD_CLIENT_CERT_AUTH\n      value: "false"\n    image:'), findings: [{ message: 'ETCD_CLIENT_CERT_AUTH=false' }] },
        { name: 'default', yaml: etcd({ 'client-cert-auth': null }), findings: [{ message: 'defaults to' }] },
    ],
});
//# sourceMappingURL=client-cert-auth.test.js.map