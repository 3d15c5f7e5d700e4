import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
export default defineCheck({
    meta: {
        id: 'secrets.secret-in-env',
        title: 'Secret exposed as environment variables',
        severity: 'medium',
        category: 'secrets',
        area: 'secrets',
        rationale: 'Environment variables leak: they are inherited by every child process, printed by crash reports and debug ' +
            'endpoints, visible in /proc/<pid>/environ to anything in the same PID namespace, and fixed for the life of the ' +
            'container, so a rotated Secret never reaches it. A Secret mounted as a file can be read-only, limited to one ' +
            'container, and is updated in place when the Secret changes.',
        remediation: 'Mount the Secret as a read-only volume and read the file:\n\n```yaml\nvolumes:\n- name: db\n  secret:\n    secretName: db-credentials\ncontainers:\n- name: api\n  volumeMounts:\n  - name: db\n    mountPath: /var/run/secrets/db\n    readOnly: true\n```',
        references: {
            cis: ['policies.secrets-as-files'],
            nsa: ['network.secrets'],
            mitre: ['T1552.007'],
            kcsa: ['platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod'],
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const pod of ctx.inventory.podSpecs()) {
            for (const c of pod.containers) {
                (c.container.env ?? []).forEach((e, i) => {
                    const ref = e.valueFrom?.secretKeyRef;
                    if (!ref)
                        return;
                    ctx.report({
                        object: pod.owner,
                        pointer: joinPointer(c.pointer, 'env', i, 'valueFrom', 'secretKeyRef'),
                        key: containerKey(c, `/env/${e.name}`),
                        message: `${describeContainer(c)} reads Secret "${ref.name ?? ''}" key "${ref.key ?? ''}" into environment variable ${e.name}`,
                        evidence: { container: c.name, variable: e.name, secret: ref.name, key: ref.key },
                    });
                });
                (c.container.envFrom ?? []).forEach((e, i) => {
                    if (!e.secretRef)
                        return;
                    ctx.report({
                        object: pod.owner,
                        pointer: joinPointer(c.pointer, 'envFrom', i, 'secretRef'),
                        key: containerKey(c, `/envFrom/${e.secretRef.name ?? i}`),
                        message: `${describeContainer(c)} loads every key of Secret "${e.secretRef.name ?? ''}" into environment variables (envFrom)`,
                        evidence: { container: c.name, secret: e.secretRef.name, prefix: e.prefix },
                    });
                });
            }
        }
    },
});
//# sourceMappingURL=secret-in-env.js.map