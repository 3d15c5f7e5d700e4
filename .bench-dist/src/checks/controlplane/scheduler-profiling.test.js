import check from './scheduler-profiling.js';
import { testCheck } from '../testing.js';
import { kubeScheduler } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'off', yaml: kubeScheduler() },
    ],
    fail: [
        { name: 'default', yaml: kubeScheduler({ 'profiling': null }), findings: [{ message: 'defaults to true' }] },
        { name: 'on', yaml: kubeScheduler({ 'profiling': 'true' }), findings: [{ message: '--profiling=true' }] },
    ],
});
//# sourceMappingURL=scheduler-profiling.test.js.map