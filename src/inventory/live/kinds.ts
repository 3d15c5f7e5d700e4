/**
 * The kinds Rampart reads from a live cluster: every kind a check or an analysis looks at. Add a
 * kind here when a check starts reading it; a kind the server does not offer (an API group that is
 * not installed, a kind removed in this version) is skipped without a gap.
 */
export interface WantedKind {
  /** API group; '' is the core group. */
  readonly group: string;
  readonly kind: string;
  /**
   * The plural resource name, for RBAC rules (deploy/clusterrole.yaml grants exactly these) and
   * documentation; the read itself takes the name discovery gives.
   */
  readonly resource: string;
}

export const CLUSTER_KINDS: readonly WantedKind[] = [
  // namespaces, nodes and the objects every engine reads
  { group: '', kind: 'Namespace', resource: 'namespaces' },
  { group: '', kind: 'Node', resource: 'nodes' },
  { group: '', kind: 'Pod', resource: 'pods' },
  { group: '', kind: 'ReplicationController', resource: 'replicationcontrollers' },
  { group: '', kind: 'PodTemplate', resource: 'podtemplates' },
  { group: '', kind: 'Service', resource: 'services' },
  { group: '', kind: 'ServiceAccount', resource: 'serviceaccounts' },
  { group: '', kind: 'ConfigMap', resource: 'configmaps' },
  { group: '', kind: 'Secret', resource: 'secrets' },
  { group: '', kind: 'LimitRange', resource: 'limitranges' },
  { group: '', kind: 'ResourceQuota', resource: 'resourcequotas' },
  { group: 'apps', kind: 'Deployment', resource: 'deployments' },
  { group: 'apps', kind: 'ReplicaSet', resource: 'replicasets' },
  { group: 'apps', kind: 'StatefulSet', resource: 'statefulsets' },
  { group: 'apps', kind: 'DaemonSet', resource: 'daemonsets' },
  { group: 'batch', kind: 'Job', resource: 'jobs' },
  { group: 'batch', kind: 'CronJob', resource: 'cronjobs' },
  // RBAC
  { group: 'rbac.authorization.k8s.io', kind: 'Role', resource: 'roles' },
  { group: 'rbac.authorization.k8s.io', kind: 'RoleBinding', resource: 'rolebindings' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', resource: 'clusterroles' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding', resource: 'clusterrolebindings' },
  // network
  { group: 'networking.k8s.io', kind: 'NetworkPolicy', resource: 'networkpolicies' },
  { group: 'networking.k8s.io', kind: 'Ingress', resource: 'ingresses' },
  { group: 'networking.k8s.io', kind: 'IngressClass', resource: 'ingressclasses' },
  { group: 'policy.networking.k8s.io', kind: 'AdminNetworkPolicy', resource: 'adminnetworkpolicies' },
  { group: 'policy.networking.k8s.io', kind: 'BaselineAdminNetworkPolicy', resource: 'baselineadminnetworkpolicies' },
  // admission and policy
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration', resource: 'validatingwebhookconfigurations' },
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration', resource: 'mutatingwebhookconfigurations' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicy', resource: 'validatingadmissionpolicies' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingAdmissionPolicyBinding', resource: 'validatingadmissionpolicybindings' },
  { group: 'policy', kind: 'PodSecurityPolicy', resource: 'podsecuritypolicies' },
  { group: 'node.k8s.io', kind: 'RuntimeClass', resource: 'runtimeclasses' },
];
