/**
 * The API groups Kubernetes serves itself, and the groups of its built-in kinds
 * (`kubectl api-resources`), so that `apiVersion: v1` with `kind: Deployment` is diagnosed as the
 * API server would ("no matches for kind Deployment in version v1"). Custom resources may reuse a
 * built-in kind's name in their own group: only objects that claim a built-in group are judged.
 * Versions are not judged here (removed versions are a matter for version checks).
 */

/** Built-in kinds and every group that has served them (`extensions` served several until 1.16/1.22). */
const KIND_GROUPS: Readonly<Record<string, readonly string[]>> = {
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
const UNDOTTED_GROUPS: ReadonlySet<string> = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions']);

/** True for the core group and the groups Kubernetes itself serves. */
export function isBuiltinGroup(group: string): boolean {
  return UNDOTTED_GROUPS.has(group) || group.endsWith('.k8s.io');
}

/**
 * When a built-in kind is written with a built-in group that does not serve it, the apiVersion it
 * should have (`apps/v1` for a Deployment); undefined when the pair is fine or not ours to judge.
 */
export function misplacedKind(group: string, kind: string): string | undefined {
  const groups = KIND_GROUPS[kind];
  if (!groups || groups.includes(group) || !isBuiltinGroup(group)) return undefined;
  const home = groups[0];
  return home === '' ? 'v1' : `${home}/v1`;
}

/**
 * Kubernetes' built-in API resources (what `kubectl api-resources` lists on a v1.33 cluster), by
 * plural name: their group and scope. Commands use it where kubectl would ask discovery: `rbac
 * who-can create deployments` means group `apps`. Resources that exist only for authorization
 * (`users`, `groups` and `serviceaccounts` for impersonate, `signers`, `userextras`) are listed too.
 * A resource in two groups (`events`) resolves to the core group, as kubectl's RESTMapper prefers.
 */
export interface ApiResource {
  readonly group: string;
  readonly namespaced: boolean;
}

const ns = (group: string, ...names: string[]): [string, ApiResource][] => names.map((n) => [n, { group, namespaced: true }]);
const cluster = (group: string, ...names: string[]): [string, ApiResource][] => names.map((n) => [n, { group, namespaced: false }]);

export const API_RESOURCES: ReadonlyMap<string, ApiResource> = new Map([
  ...ns('', 'bindings', 'configmaps', 'endpoints', 'events', 'limitranges', 'persistentvolumeclaims', 'pods', 'podtemplates', 'replicationcontrollers', 'resourcequotas', 'secrets', 'serviceaccounts', 'services'),
  ...cluster('', 'componentstatuses', 'namespaces', 'nodes', 'persistentvolumes', 'users', 'groups'),
  ...cluster('admissionregistration.k8s.io', 'mutatingwebhookconfigurations', 'validatingwebhookconfigurations', 'validatingadmissionpolicies', 'validatingadmissionpolicybindings', 'mutatingadmissionpolicies', 'mutatingadmissionpolicybindings'),
  ...cluster('apiextensions.k8s.io', 'customresourcedefinitions'),
  ...cluster('apiregistration.k8s.io', 'apiservices'),
  ...ns('apps', 'controllerrevisions', 'daemonsets', 'deployments', 'replicasets', 'statefulsets'),
  ...cluster('authentication.k8s.io', 'selfsubjectreviews', 'tokenreviews', 'userextras', 'uids'),
  ...ns('authorization.k8s.io', 'localsubjectaccessreviews'),
  ...cluster('authorization.k8s.io', 'selfsubjectaccessreviews', 'selfsubjectrulesreviews', 'subjectaccessreviews'),
  ...ns('autoscaling', 'horizontalpodautoscalers'),
  ...ns('batch', 'cronjobs', 'jobs'),
  ...cluster('certificates.k8s.io', 'certificatesigningrequests', 'clustertrustbundles', 'signers'),
  ...ns('coordination.k8s.io', 'leases', 'leasecandidates'),
  ...ns('discovery.k8s.io', 'endpointslices'),
  ...cluster('flowcontrol.apiserver.k8s.io', 'flowschemas', 'prioritylevelconfigurations'),
  ...ns('networking.k8s.io', 'ingresses', 'networkpolicies'),
  ...cluster('networking.k8s.io', 'ingressclasses', 'ipaddresses', 'servicecidrs'),
  ...cluster('node.k8s.io', 'runtimeclasses'),
  ...ns('policy', 'poddisruptionbudgets'),
  ...ns('rbac.authorization.k8s.io', 'rolebindings', 'roles'),
  ...cluster('rbac.authorization.k8s.io', 'clusterrolebindings', 'clusterroles'),
  ...ns('resource.k8s.io', 'resourceclaims', 'resourceclaimtemplates'),
  ...cluster('resource.k8s.io', 'deviceclasses', 'resourceslices'),
  ...cluster('scheduling.k8s.io', 'priorityclasses'),
  ...ns('storage.k8s.io', 'csistoragecapacities'),
  ...cluster('storage.k8s.io', 'csidrivers', 'csinodes', 'storageclasses', 'volumeattachments', 'volumeattributesclasses'),
]);

/** Kinds by their plural resource name, for the resources Rampart's messages name. */
export function apiResource(resource: string): ApiResource | undefined {
  return API_RESOURCES.get(resource);
}
