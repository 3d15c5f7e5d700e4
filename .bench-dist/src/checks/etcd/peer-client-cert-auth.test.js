import check from './peer-client-cert-auth.js';
import { testCheck } from '../testing.js';
import { etcd } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'kubeadm', yaml: etcd() },
        { name: 'set in --config-file, which Rampart cannot read', yaml: etcd({ 'peer-client-cert-auth': 'false', 'config-file': '/etc/etcd/etcd.yaml' }) },
    ],
    fail: [
        { name: 'wrong value', yaml: etcd({ 'peer-client-cert-auth': 'false' }), findings: [{ message: '--peer-client-cert-auth=false' }] },
        { name: 'from the environment', yaml: etcd({ 'peer-client-cert-auth': null }).replace('    image:', '    env:\n    - name: ETCD_PEER_CLIENT_CERT_AUTH\n      value: "false"\n    image:'), findings: [{ message: 'ETCD_PEER_CLIENT_CERT_AUTH=false' }] },
        { name: 'default', yaml: etcd({ 'peer-client-cert-auth': null }), findings: [{ message: 'defaults to' }] },
    ],
});
//# sourceMappingURL=peer-client-cert-auth.test.js.map