import { componentCheck, describe, flagPointer } from './component-check.js';
export default componentCheck({
    id: 'controlplane.controller-manager-bind-address',
    title: 'The controller manager serves its API on every interface',
    severity: 'medium',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-controller-manager',
    rationale: 'The controller manager serves health, metrics and (unless turned off) profiling endpoints on its ' +
        'secure port. Its --bind-address defaults to 0.0.0.0, which puts that port on every network the ' +
        'control-plane node is attached to. Nothing outside the node needs it: bind it to 127.0.0.1, as ' +
        'kubeadm does.',
    remediation: 'Set `--bind-address=127.0.0.1`.',
    references: {
        cis: ['controller-manager.bind-address'],
        nsa: ['network.control-plane-hardening'],
        mitre: ['T1046'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    },
    evaluate(c) {
        const address = c.flags.string('bind-address');
        if (address !== undefined && ['127.0.0.1', '::1', 'localhost'].includes(address))
            return undefined;
        const shown = address === undefined ? 'does not set --bind-address, which defaults to 0.0.0.0' : `listens on --bind-address=${address}`;
        return { message: `${describe(c)} ${shown}: its secure port is reachable from the network`, pointer: flagPointer(c, 'bind-address'), evidence: { value: address ?? null } };
    },
});
//# sourceMappingURL=controller-manager-bind-address.js.map