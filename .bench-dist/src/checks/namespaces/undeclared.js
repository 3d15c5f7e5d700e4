import { defineCheck } from '../check.js';
import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';
/** Namespaces every cluster has, so no manifest needs to declare them. */
const ALWAYS_PRESENT = new Set(['default', ...SYSTEM_NAMESPACES]);
/** How many object names the evidence lists. */
const EVIDENCE_OBJECTS = 10;
export default defineCheck({
    meta: {
        id: 'namespaces.undeclared',
        title: 'Namespace used but not declared',
        severity: 'low',
        category: 'namespaces',
        area: 'namespaces',
        rationale: 'A namespace carries the security settings of everything in it: Pod Security Admission labels (`pod-security.kubernetes.io/enforce`), and, alongside it, its NetworkPolicies, ' +
            'ResourceQuota and RBAC. When objects name a namespace that no manifest declares, it is created by hand or by a pipeline (`kubectl create namespace`, `--create-namespace`), ' +
            'with no labels: Pod Security is not enforced there and nothing in review shows what the boundary is supposed to be. ' +
            'Declaring the Namespace next to the objects makes its policy part of the same change. ' +
            'If the namespace is deliberately managed elsewhere (a platform repository), scan both together or record an exception. ' +
            'Scanning files, which are often one directory of a larger repository, this is reported at `info`: the Namespace may be declared elsewhere. ' +
            'On a whole cluster (a snapshot, a live cluster) it is reported at its own severity.',
        remediation: 'Declare the namespace with its Pod Security labels in the same set of manifests:\n\n' +
            '```yaml\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/enforce-version: latest\n```',
        references: {
            cis: ['policies.namespace-boundaries'],
            nsa: ['network.namespaces'],
            kcsa: ['security-fundamentals'],
            docs: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/', 'https://kubernetes.io/docs/concepts/security/pod-security-admission/'],
        },
    },
    applies: (inventory) => inventory.namespaces().length > 0,
    run(ctx) {
        const undeclared = ctx.inventory
            .namespaces()
            .filter((ns) => !ns.declared && !ALWAYS_PRESENT.has(ns.name))
            .map((ns) => ns.name);
        if (undeclared.length === 0)
            return;
        const members = new Map(undeclared.map((name) => [name, []]));
        for (const o of ctx.inventory.objects)
            if (o.namespace !== undefined)
                members.get(o.namespace)?.push(o);
        for (const [namespace, objects] of members) {
            const [first] = objects;
            if (!first)
                continue;
            const others = objects.length - 1;
            ctx.report({
                object: first,
                pointer: '/metadata/namespace',
                key: `namespace/${namespace}`,
                // files are a partial view: the Namespace may sit in a directory that was not scanned
                severity: ctx.inventory.complete ? undefined : 'info',
                message: `namespace "${namespace}" is used by ${first.kind} "${first.name}"${others > 0 ? ` and ${others} other object${others === 1 ? '' : 's'}` : ''} but no Namespace object declares it`,
                evidence: {
                    namespace,
                    objects: objects.length,
                    examples: objects.slice(0, EVIDENCE_OBJECTS).map((o) => `${o.kind}/${o.name}`),
                },
            });
        }
    },
});
//# sourceMappingURL=undeclared.js.map