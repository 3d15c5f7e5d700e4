import { componentCheck, describe, flagPointer } from './component-check.js';
import { atLeast } from '../../analysis/versions/version.js';
export default componentCheck({
    id: 'controlplane.apiserver-insecure-port',
    title: 'API server serves an unauthenticated insecure port',
    severity: 'critical',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: 'Before v1.24 the API server could serve plain HTTP on --insecure-port with no authentication and no ' +
        'authorization at all: every request was treated as coming from a cluster administrator. Bound to ' +
        'anything but localhost (--insecure-bind-address), it hands the cluster to anyone on the network; ' +
        'even on localhost, any process on the control-plane node (or pod with hostNetwork) owns the cluster.',
    remediation: 'Set `--insecure-port=0` and remove `--insecure-bind-address`; upgrade to a supported release, where the insecure port no longer exists.',
    references: {
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1190', 'T1078'],
        microsoft: ['MS-TA9005'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-ports-and-ips'],
    },
    evaluate(c) {
        const port = c.flags.int('insecure-port');
        const bind = c.flags.string('insecure-bind-address');
        if (port !== undefined && port !== 0) {
            const where = bind && !['127.0.0.1', 'localhost', '::1'].includes(bind) ? ` on ${bind}: reachable from the network` : '';
            return { message: `${describe(c)} serves unauthenticated, unauthorized HTTP on --insecure-port=${port}${where}`, pointer: flagPointer(c, 'insecure-port'), evidence: { port, bindAddress: bind ?? null } };
        }
        // Before v1.20 the insecure port defaulted to 8080 on localhost.
        if (port === undefined && c.version && !atLeast(c.version, 1, 20)) {
            return { message: `${describe(c)} does not set --insecure-port: this release serves unauthenticated HTTP on 127.0.0.1:8080 by default`, evidence: { port: null } };
        }
        return undefined;
    },
});
//# sourceMappingURL=apiserver-insecure-port.js.map