import check from './apiserver-admission-event-rate-limit.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'enabled', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'not enabled', yaml: kubeApiServer({ 'enable-admission-plugins': 'NodeRestriction,AlwaysPullImages' }), findings: [{ message: 'EventRateLimit' }] },
    ],
});
//# sourceMappingURL=apiserver-admission-event-rate-limit.test.js.map