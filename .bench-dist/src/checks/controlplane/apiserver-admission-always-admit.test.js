import check from './apiserver-admission-always-admit.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'not enabled', yaml: kubeApiServer() },
        { name: 'enabled and disabled again', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction,AlwaysAdmit', 'disable-admission-plugins': 'AlwaysAdmit' }) },
    ],
    fail: [
        { name: 'enabled', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction,AlwaysAdmit' }), findings: [{ message: 'enables the AlwaysAdmit' }] },
        { name: 'through the removed --admission-control spelling', yaml: kubeApiServer({ 'enable-admission-plugins': null, 'admission-control': 'AlwaysAdmit' }), findings: [{ message: 'AlwaysAdmit' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-always-admit.test.js.map