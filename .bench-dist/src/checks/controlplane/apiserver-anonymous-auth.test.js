import check from './apiserver-anonymous-auth.js';
import { testCheck } from '../testing.js';
import { kubeApiServer } from '../kubeadm-fixtures.js';
testCheck(check, {
    pass: [
        { name: 'hardened kubeadm manifest', yaml: kubeApiServer() },
        { name: 'the last of repeated flags wins', yaml: kubeApiServer({ 'anonymous-auth': 'true', 'anonymous_auth': 'false' }) },
    ],
    fail: [
        { name: 'explicitly on', yaml: kubeApiServer({ 'anonymous-auth': 'true' }), findings: [{ message: 'runs with --anonymous-auth=true' }] },
        { name: 'not set: the default is true', yaml: kubeApiServer({ 'anonymous-auth': null }), findings: [{ message: 'does not set --anonymous-auth, and defaults to true' }] },
        { name: 'underscore spelling, as pflag normalizes it', yaml: kubeApiServer({ 'anonymous_auth': 'true' }), findings: [{ message: '--anonymous-auth=true' }] },
    ],
});
//# sourceMappingURL=apiserver-anonymous-auth.test.js.map