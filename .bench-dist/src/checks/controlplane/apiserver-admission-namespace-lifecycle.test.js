import check from './apiserver-admission-namespace-lifecycle.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'on by default', yaml: kubeApiServer() },
        { name: 'other plugins disabled', yaml: kubeApiServer({ 'disable-admission-plugins': 'DefaultStorageClass' }) },
    ],
    fail: [
        { name: 'disabled', yaml: kubeApiServer({ 'disable-admission-plugins': 'DefaultStorageClass,NamespaceLifecycle' }), findings: [{ message: 'NamespaceLifecycle' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-namespace-lifecycle.test.js.map