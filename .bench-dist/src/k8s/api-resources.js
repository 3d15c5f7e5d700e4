/**
 * The API groups Kubernetes serves itself, and the groups of its built-in kinds
 * (`kubectl api-resources`), so that `apiVersion: v1` with `kind: Deployment` is diagnosed as the
 * API server would ("no matches for kind Deployment in version v1"). Custom resources may reuse a
 * built-in kind's name in their own group: only objects that claim a built-in group are judged.
 * Versions are not judged here (removed versions are a matter for version checks).
 */
/** Built-in kinds and every group that has served them (`extensions` served several until 1.16/1.22). */
const KIND_GROUPS = {
    Binding: [''],
    ConfigMap: [''],
    Endpoints: [''],
    Event: ['', 'events.k8s.io'],
    LimitRange: [''],
    Namespace: [''],
    Node: [''],
    PersistentVolume: [''],
    PersistentVolumeClaim: [''],
    Pod: [''],
    PodTemplate: [''],
    ReplicationController: [''],
    ResourceQuota: [''],
    Secret: [''],
    Service: [''],
    ServiceAccount: [''],
    ControllerRevision: ['apps'],
    DaemonSet: ['apps', 'extensions'],
    Deployment: ['apps', 'extensions'],
    ReplicaSet: ['apps', 'extensions'],
    StatefulSet: ['apps'],
    CronJob: ['batch'],
    Job: ['batch'],
    HorizontalPodAutoscaler: ['autoscaling'],
    PodDisruptionBudget: ['policy'],
    PodSecurityPolicy: ['policy', 'extensions'],
    Ingress: ['networking.k8s.io', 'extensions'],
    IngressClass: ['networking.k8s.io'],
    NetworkPolicy: ['networking.k8s.io', 'extensions'],
    ClusterRole: ['rbac.authorization.k8s.io'],
    ClusterRoleBinding: ['rbac.authorization.k8s.io'],
    Role: ['rbac.authorization.k8s.io'],
    RoleBinding: ['rbac.authorization.k8s.io'],
    CustomResourceDefinition: ['apiextensions.k8s.io'],
    MutatingWebhookConfiguration: ['admissionregistration.k8s.io'],
    ValidatingWebhookConfiguration: ['admissionregistration.k8s.io'],
    ValidatingAdmissionPolicy: ['admissionregistration.k8s.io'],
    ValidatingAdmissionPolicyBinding: ['admissionregistration.k8s.io'],
    PriorityClass: ['scheduling.k8s.io'],
    StorageClass: ['storage.k8s.io'],
    CSIDriver: ['storage.k8s.io'],
    VolumeAttachment: ['storage.k8s.io'],
    RuntimeClass: ['node.k8s.io'],
    Lease: ['coordination.k8s.io'],
    EndpointSlice: ['discovery.k8s.io'],
    CertificateSigningRequest: ['certificates.k8s.io'],
    APIService: ['apiregistration.k8s.io'],
};
/** Groups without a dot that Kubernetes serves (all others are `*.k8s.io` or belong to someone else). */
const UNDOTTED_GROUPS = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions']);
/** True for the core group and the groups Kubernetes itself serves. */
export function isBuiltinGroup(group) {
    return UNDOTTED_GROUPS.has(group) || group.endsWith('.k8s.io');
}
/**
 * When a built-in kind is written with a built-in group that does not serve it, the apiVersion it
 * should have (`apps/v1` for a Deployment); undefined when the pair is fine or not ours to judge.
 */
export function misplacedKind(group, kind) {
    const groups = KIND_GROUPS[kind];
    if (!groups || groups.includes(group) || !isBuiltinGroup(group))
        return undefined;
    const home = groups[0];
    return home === '' ? 'v1' : `${home}/v1`;
}
//# sourceMappingURL=api-resources.js.map