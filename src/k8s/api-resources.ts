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
