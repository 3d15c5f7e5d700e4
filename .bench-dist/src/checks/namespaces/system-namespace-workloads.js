import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';
/** Components that belong in kube-system: matched against the workload name's prefix or its `k8s-app`/`component` label. */
const SYSTEM_COMPONENTS = [
    'kube-apiserver',
    'kube-controller-manager',
    'kube-scheduler',
    'etcd',
    'kube-proxy',
    'coredns',
    'kube-dns',
    'metrics-server',
    'cloud-controller-manager',
    'konnectivity-agent',
    'calico',
    'cilium',
    'kube-flannel',
    'weave-net',
    'aws-node',
    'ebs-csi',
    'efs-csi',
    'gce-pd-csi',
    'azure-',
    'csi-',
    'kube-router',
    'node-local-dns',
    'cluster-autoscaler',
    'vpa-',
    'snapshot-controller',
];
export default defineCheck({
    meta: {
        id: 'namespaces.system-namespace-workloads',
        title: 'Application workload in a system namespace',
        severity: 'medium',
        category: 'namespaces',
        area: 'namespaces',
        rationale: 'kube-system holds the control plane and node agents, and usually runs without Pod Security enforcement and with ' +
            'powerful service accounts. An application deployed there inherits that weak boundary and sits next to credentials ' +
            'that control the cluster; kube-public is readable by everyone, kube-node-lease is for node heartbeats only. Keep ' +
            'applications in their own namespaces, where policies can be strict.',
        remediation: 'Move the workload to an application namespace with Pod Security enforcement, its own service account and network policies:\n\n```yaml\nmetadata:\n  namespace: shop\n```',
        references: {
            cis: ['policies.namespace-boundaries'],
            nsa: ['network.namespaces'],
            mitre: ['T1610'],
            kcsa: ['security-fundamentals', 'platform-security'],
            docs: ['https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#initial-namespaces'],
        },
        options: {
            systemComponents: option.strings(SYSTEM_COMPONENTS, 'Name prefixes of cluster components that belong in kube-system, matched against the workload\'s name and its k8s-app, component and app.kubernetes.io/name labels.'),
        },
    },
    applies: (inventory) => inventory.podSpecs().length > 0,
    run(ctx) {
        for (const view of ctx.inventory.podSpecs()) {
            if (!SYSTEM_NAMESPACES.has(view.namespace))
                continue;
            const labels = { ...view.owner.object.metadata.labels, ...view.metadata.labels };
            const names = [view.owner.name, labels['k8s-app'], labels['component'], labels['app.kubernetes.io/name']].filter((n) => typeof n === 'string');
            const isSystem = view.namespace === 'kube-system' && names.some((n) => ctx.options.systemComponents.some((c) => n.startsWith(c)));
            if (isSystem)
                continue;
            ctx.report({
                object: view.owner,
                pointer: '/metadata/namespace',
                message: `${view.owner.kind} "${view.owner.name}" runs in the system namespace "${view.namespace}", which is not a known cluster component`,
                evidence: { namespace: view.namespace },
            });
        }
    },
});
//# sourceMappingURL=system-namespace-workloads.js.map