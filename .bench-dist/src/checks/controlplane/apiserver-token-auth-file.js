import { componentCheck, describe, flagPointer } from './component-check.js';
export default componentCheck({
    id: 'controlplane.apiserver-token-auth-file',
    title: 'API server authenticates with a static token file',
    severity: 'high',
    category: 'controlplane',
    area: 'api-server',
    component: 'kube-apiserver',
    rationale: '--token-auth-file reads bearer tokens from a CSV file on the control plane node. The tokens never ' +
        'expire, cannot be revoked without restarting the API server, are stored in plain text on disk, and ' +
        'are often shared between people and scripts. A leaked line of that file is a permanent credential ' +
        'with the groups written next to it (often system:masters).',
    remediation: 'Remove `--token-auth-file` from the API server manifest and delete the file; give people OIDC or client certificates with short lifetimes, and give automation service accounts with bound tokens.',
    references: {
        cis: ['apiserver.token-auth-file'],
        nsa: ['auth.authentication'],
        mitre: ['T1078.001', 'T1552.001'],
        kcsa: ['cluster-component-security'],
        docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file'],
    },
    evaluate(c) {
        const file = c.flags.string('token-auth-file');
        if (file === undefined)
            return undefined;
        return { message: `${describe(c)} authenticates bearer tokens from the static file ${file} (--token-auth-file)`, pointer: flagPointer(c, 'token-auth-file'), evidence: { file } };
    },
});
//# sourceMappingURL=apiserver-token-auth-file.js.map