import check from './apiserver-admission-node-restriction.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'enabled', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'not enabled', yaml: kubeApiServer({ 'enable-admission-plugins': 'AlwaysPullImages' }), findings: [{ message: 'NodeRestriction' }] },
        { name: 'no flag at all', yaml: kubeApiServer({ 'enable-admission-plugins': null }), findings: [{ message: 'NodeRestriction' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-node-restriction.test.js.map