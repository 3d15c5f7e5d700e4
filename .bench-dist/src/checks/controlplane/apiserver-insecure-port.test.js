import check from './apiserver-insecure-port.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'no insecure port', yaml: kubeApiServer() },
        { name: 'explicitly 0', yaml: kubeApiServer({ 'insecure-port': '0' }, 'registry.k8s.io/kube-apiserver:v1.19.16') },
    ],
    fail: [
        { name: 'exposed', yaml: kubeApiServer({ 'insecure-port': '8080', 'insecure-bind-address': '0.0.0.0' }, 'registry.k8s.io/kube-apiserver:v1.18.20'), findings: [{ message: '--insecure-port=8080 on 0.0.0.0' }] },
        { name: 'default of an old release', yaml: kubeApiServer({}, 'registry.k8s.io/kube-apiserver:v1.19.16'), findings: [{ message: '127.0.0.1:8080 by default' }] },
    ],
});
//# sourceMappingURL=apiserver-insecure-port.test.js.map