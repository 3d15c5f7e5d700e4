export const CLUSTER_KINDS = [
    // namespaces, nodes and the objects every engine reads
    { group: '', kind: 'Namespace' },
    { group: '', kind: 'Node' },
    { group: '', kind: 'Pod' },
    { group: '', kind: 'ReplicationController' },
    { group: '', kind: 'PodTemplate' },
    { group: '', kind: 'Service' },
    { group: '', kind: 'ServiceAccount' },
    { group: '', kind: 'ConfigMap' },
    { group: '', kind: 'Secret' },
    { group: '', kind: 'LimitRange' },
    { group: '', kind: 'ResourceQuota' },
    { group: 'apps', kind: 'Deployment' },
    { group: 'apps', kind: 'ReplicaSet' },
    { group: 'apps', kind: 'StatefulSet' },
    { group: 'apps', kind: 'DaemonSet' },
    { group: 'batch', kind: 'Job' },
    { group: 'batch', kind: 'CronJob' },
    // RBAC
    { group: 'rbac.authorization.k8s.io', kind: 'Role' },
    { group: 'rbac.authorization.k8s.io', kind: 'RoleBinding' },
    { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
    { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
    // network
    { group: 'networking.k8s.io', kind: 'NetworkPolicy' },
    { group: 'networking.k8s.io', kind: 'Ingress' },
    { group: 'networking.k8s.io', kind: 'IngressClass' },
    { group: 'policy.networking.k8s.io', kind: 'AdminNetworkPolicy' },
    { group: 'policy.networking.k8s.io', kind: 'BaselineAdminNetworkPolicy' },
    // admission and policy
    { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
    { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
    { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicy' },
    { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicyBinding' },
    { group: 'policy', kind: 'PodSecurityPolicy' },
    { group: 'node.k8s.io', kind: 'RuntimeClass' },
];
//# sourceMappingURL=kinds.js.map