/**
 * Kinds that are cluster-scoped in Kubernetes (kubectl api-resources --namespaced=false). A
 * namespaced object without metadata.namespace lands in "default", as `kubectl apply` does.
 */
const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'IngressClass',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'StorageClass',
  'StorageVersionMigration',
  'SubjectAccessReview',
  'TokenReview',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
  'VolumeAttributesClass',
  'DeviceClass',
  'ResourceSlice',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** "apps/v1" → "apps"; "v1" → "" (the core group). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** Namespaces Kubernetes itself creates; user workloads do not belong there. */
export const SYSTEM_NAMESPACES: ReadonlySet<string> = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

/** Rampart's own node objects (command lines, node bundles): read from node files, not served by an API. */
const NODE_GROUP = 'node.rampart.dev';

/**
 * Component configuration files (KubeletConfiguration, EncryptionConfiguration, an audit Policy,
 * AdmissionConfiguration, kubeadm's ClusterConfiguration...) are read by components from disk, not
 * served by the API: they carry no metadata and belong to no namespace.
 */
export function isComponentConfig(apiVersion: string): boolean {
  const group = apiGroup(apiVersion);
  if (group === 'kustomize.config.k8s.io') return false; // a kustomization: rendered, never read as an object
  return group.endsWith('.config.k8s.io') || group === 'audit.k8s.io' || group === 'kubeadm.k8s.io' || group === 'apiserver.k8s.io' || group.endsWith('.admission.k8s.io') || group === NODE_GROUP;
}
