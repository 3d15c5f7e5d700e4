import check from './apiserver-profiling.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'off', yaml: kubeApiServer() },
    ],
    fail: [
        { name: 'default', yaml: kubeApiServer({ 'profiling': null }), findings: [{ message: 'defaults to true' }] },
        { name: 'bare flag means true', yaml: kubeApiServer({ 'profiling': '' }), findings: [{ message: '--profiling=true' }] },
    ],
});
//# sourceMappingURL=apiserver-profiling.test.js.map