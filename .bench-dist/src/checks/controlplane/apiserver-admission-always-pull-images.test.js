import check from './apiserver-admission-always-pull-images.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'enabled', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'not enabled', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction' }), findings: [{ message: 'AlwaysPullImages' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-always-pull-images.test.js.map