import check from './apiserver-tls-min-version.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'v1.31 default is TLS 1.2', yaml: kubeApiServer() },
        { name: 'explicit 1.2 on an old release', yaml: kubeApiServer({ 'tls-min-version': 'VersionTLS12' }, 'registry.k8s.io/kube-apiserver:v1.28.4') },
    ],
    fail: [
        { name: 'explicit TLS 1.0', yaml: kubeApiServer({ 'tls-min-version': 'VersionTLS10' }), findings: [{ message: 'accepts TLS 1.0' }] },
        { name: 'v1.29 default', yaml: kubeApiServer({}, 'registry.k8s.io/kube-apiserver:v1.29.4'), findings: [{ message: 'releases before v1.30 accept TLS 1.0', severity: 'low' }] },
    ],
});
//# sourceMappingURL=apiserver-tls-min-version.test.js.map