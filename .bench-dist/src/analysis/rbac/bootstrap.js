const list = (s) => s.split(',');
const R = (verbs, apiGroups, resources, resourceNames) => ({
    verbs: list(verbs),
    apiGroups: list(apiGroups),
    resources: list(resources),
    resourceNames: resourceNames === undefined ? [] : list(resourceNames),
    nonResourceURLs: [],
});
const N = (verbs, urls) => ({ verbs: list(verbs), apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: list(urls) });
const READ = 'get,list,watch';
const WRITE = 'create,delete,deletecollection,patch,update';
const EVENTS = R('create,patch,update', ',events.k8s.io', 'events');
const AGG = 'rbac.authorization.k8s.io/aggregate-to-';
const cr = (name, rules, labels) => ({ kind: 'ClusterRole', name, rules, labels, source: 'kubernetes' });
const CLUSTER_ROLES = [
    { kind: 'ClusterRole', name: 'admin', rules: [], aggregateFrom: [{ [`${AGG}admin`]: 'true' }], source: 'kubernetes' },
    cr('cluster-admin', [R('*', '*', '*'), N('*', '*')]),
    { kind: 'ClusterRole', name: 'edit', rules: [], aggregateFrom: [{ [`${AGG}edit`]: 'true' }], labels: { [`${AGG}admin`]: 'true' }, source: 'kubernetes' },
    { kind: 'ClusterRole', name: 'view', rules: [], aggregateFrom: [{ [`${AGG}view`]: 'true' }], labels: { [`${AGG}edit`]: 'true' }, source: 'kubernetes' },
    cr('system:aggregate-to-admin', [R('create', 'authorization.k8s.io', 'localsubjectaccessreviews'), R('create,delete,deletecollection,get,list,patch,update,watch', 'rbac.authorization.k8s.io', 'rolebindings,roles')], { [`${AGG}admin`]: 'true' }),
    cr('system:aggregate-to-edit', [
        R(READ, '', 'pods/attach,pods/exec,pods/portforward,pods/proxy,secrets,services/proxy'),
        R('impersonate', '', 'serviceaccounts'),
        R(WRITE, '', 'pods,pods/attach,pods/exec,pods/portforward,pods/proxy'),
        R('create', '', 'pods/eviction'),
        R(WRITE, '', 'configmaps,events,persistentvolumeclaims,replicationcontrollers,replicationcontrollers/scale,secrets,serviceaccounts,services,services/proxy'),
        R('create', '', 'serviceaccounts/token'),
        R(WRITE, 'apps', 'daemonsets,deployments,deployments/rollback,deployments/scale,replicasets,replicasets/scale,statefulsets,statefulsets/scale'),
        R(WRITE, 'autoscaling', 'horizontalpodautoscalers'),
        R(WRITE, 'batch', 'cronjobs,jobs'),
        R(WRITE, 'extensions', 'daemonsets,deployments,deployments/rollback,deployments/scale,ingresses,networkpolicies,replicasets,replicasets/scale,replicationcontrollers/scale'),
        R(WRITE, 'policy', 'poddisruptionbudgets'),
        R(WRITE, 'networking.k8s.io', 'ingresses,networkpolicies'),
        R('create,delete,deletecollection,get,list,patch,update,watch', 'coordination.k8s.io', 'leases'),
    ], { [`${AGG}edit`]: 'true' }),
    cr('system:aggregate-to-view', [
        R(READ, '', 'configmaps,endpoints,persistentvolumeclaims,persistentvolumeclaims/status,pods,replicationcontrollers,replicationcontrollers/scale,serviceaccounts,services,services/status'),
        R(READ, '', 'bindings,events,limitranges,namespaces/status,pods/log,pods/status,replicationcontrollers/status,resourcequotas,resourcequotas/status'),
        R(READ, '', 'namespaces'),
        R(READ, 'discovery.k8s.io', 'endpointslices'),
        R(READ, 'apps', 'controllerrevisions,daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,replicasets,replicasets/scale,replicasets/status,statefulsets,statefulsets/scale,statefulsets/status'),
        R(READ, 'autoscaling', 'horizontalpodautoscalers,horizontalpodautoscalers/status'),
        R(READ, 'batch', 'cronjobs,cronjobs/status,jobs,jobs/status'),
        R(READ, 'extensions', 'daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,ingresses,ingresses/status,networkpolicies,replicasets,replicasets/scale,replicasets/status,replicationcontrollers/scale'),
        R(READ, 'policy', 'poddisruptionbudgets,poddisruptionbudgets/status'),
        R(READ, 'networking.k8s.io', 'ingresses,ingresses/status,networkpolicies'),
    ], { [`${AGG}view`]: 'true' }),
    cr('system:auth-delegator', [R('create', 'authentication.k8s.io', 'tokenreviews'), R('create', 'authorization.k8s.io', 'subjectaccessreviews')]),
    cr('system:basic-user', [R('create', 'authorization.k8s.io', 'selfsubjectaccessreviews,selfsubjectrulesreviews'), R('create', 'authentication.k8s.io', 'selfsubjectreviews')]),
    cr('system:certificates.k8s.io:certificatesigningrequests:nodeclient', [R('create', 'certificates.k8s.io', 'certificatesigningrequests/nodeclient')]),
    cr('system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [R('create', 'certificates.k8s.io', 'certificatesigningrequests/selfnodeclient')]),
    cr('system:certificates.k8s.io:kube-apiserver-client-approver', [R('approve', 'certificates.k8s.io', 'signers', 'kubernetes.io/kube-apiserver-client')]),
    cr('system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', [R('approve', 'certificates.k8s.io', 'signers', 'kubernetes.io/kube-apiserver-client-kubelet')]),
    cr('system:certificates.k8s.io:kubelet-serving-approver', [R('approve', 'certificates.k8s.io', 'signers', 'kubernetes.io/kubelet-serving')]),
    cr('system:certificates.k8s.io:legacy-unknown-approver', [R('approve', 'certificates.k8s.io', 'signers', 'kubernetes.io/legacy-unknown')]),
    cr('system:discovery', [N('get', '/api,/api/*,/apis,/apis/*,/healthz,/livez,/openapi,/openapi/*,/readyz,/version,/version/')]),
    cr('system:heapster', [R(READ, '', 'events,namespaces,nodes,pods'), R(READ, 'extensions', 'deployments')]),
    cr('system:kube-aggregator', [R(READ, '', 'endpoints,services')]),
    cr('system:kube-controller-manager', [
        EVENTS,
        R('create', 'coordination.k8s.io', 'leases'),
        R('get,update', 'coordination.k8s.io', 'leases', 'kube-controller-manager'),
        R('create', '', 'secrets,serviceaccounts'),
        R('delete', '', 'secrets'),
        R('get', '', 'configmaps,namespaces,secrets,serviceaccounts'),
        R('update', '', 'secrets,serviceaccounts'),
        R('create', 'authentication.k8s.io', 'tokenreviews'),
        R('create', 'authorization.k8s.io', 'subjectaccessreviews'),
        R('list,watch', '*', '*'),
        R('create', '', 'serviceaccounts/token'),
    ]),
    cr('system:kube-dns', [R('list,watch', '', 'endpoints,services')]),
    cr('system:kube-scheduler', [
        EVENTS,
        R('create', 'coordination.k8s.io', 'leases'),
        R('get,update', 'coordination.k8s.io', 'leases', 'kube-scheduler'),
        R(READ, '', 'nodes'),
        R('delete,get,list,watch', '', 'pods'),
        R('create', '', 'bindings,pods/binding'),
        R('patch,update', '', 'pods/status'),
        R(READ, '', 'replicationcontrollers,services'),
        R(READ, 'apps,extensions', 'replicasets'),
        R(READ, 'apps', 'statefulsets'),
        R(READ, 'policy', 'poddisruptionbudgets'),
        R(READ, '', 'persistentvolumeclaims,persistentvolumes'),
        R('create', 'authentication.k8s.io', 'tokenreviews'),
        R('create', 'authorization.k8s.io', 'subjectaccessreviews'),
        R(READ, 'storage.k8s.io', 'csinodes'),
        R(READ, '', 'namespaces'),
        R(READ, 'storage.k8s.io', 'csidrivers'),
        R(READ, 'storage.k8s.io', 'csistoragecapacities'),
    ]),
    cr('system:kubelet-api-admin', [R(READ, '', 'nodes'), R('proxy', '', 'nodes'), R('*', '', 'nodes/log,nodes/metrics,nodes/proxy,nodes/stats')]),
    cr('system:monitoring', [N('get', '/healthz,/healthz/*,/livez,/livez/*,/metrics,/metrics/slis,/readyz,/readyz/*')]),
    cr('system:node', [
        R('create', 'authentication.k8s.io', 'tokenreviews'),
        R('create', 'authorization.k8s.io', 'localsubjectaccessreviews,subjectaccessreviews'),
        R(READ, '', 'services'),
        R('create,get,list,watch', '', 'nodes'),
        R('patch,update', '', 'nodes/status'),
        R('patch,update', '', 'nodes'),
        R('create,patch,update', '', 'events'),
        R(READ, '', 'pods'),
        R('create,delete', '', 'pods'),
        R('patch,update', '', 'pods/status'),
        R('create', '', 'pods/eviction'),
        R(READ, '', 'configmaps,secrets'),
        R('get', '', 'persistentvolumeclaims,persistentvolumes'),
        R('get', '', 'endpoints'),
        R('create,get,list,watch', 'certificates.k8s.io', 'certificatesigningrequests'),
        R('create,delete,get,patch,update', 'coordination.k8s.io', 'leases'),
        R('get', 'storage.k8s.io', 'volumeattachments'),
        R('create', '', 'serviceaccounts/token'),
        R('get,patch,update', '', 'persistentvolumeclaims/status'),
        R(READ, 'storage.k8s.io', 'csidrivers'),
        R('create,delete,get,patch,update', 'storage.k8s.io', 'csinodes'),
        R(READ, 'node.k8s.io', 'runtimeclasses'),
    ]),
    cr('system:node-bootstrapper', [R('create,get,list,watch', 'certificates.k8s.io', 'certificatesigningrequests')]),
    cr('system:node-problem-detector', [R('get', '', 'nodes'), R('patch', '', 'nodes/status'), EVENTS]),
    cr('system:node-proxier', [R('list,watch', '', 'endpoints,services'), R(READ, '', 'nodes'), EVENTS, R('list,watch', 'discovery.k8s.io', 'endpointslices')]),
    cr('system:persistent-volume-provisioner', [
        R('create,delete,get,list,watch', '', 'persistentvolumes'),
        R('get,list,update,watch', '', 'persistentvolumeclaims'),
        R(READ, 'storage.k8s.io', 'storageclasses'),
        R('watch', '', 'events'),
        EVENTS,
    ]),
    cr('system:public-info-viewer', [N('get', '/healthz,/livez,/readyz,/version,/version/')]),
    cr('system:service-account-issuer-discovery', [N('get', '/.well-known/openid-configuration,/openid/v1/jwks')]),
    cr('system:volume-scheduler', [R('get,list,patch,update,watch', '', 'persistentvolumes'), R(READ, 'storage.k8s.io', 'storageclasses'), R('get,list,patch,update,watch', '', 'persistentvolumeclaims')]),
];
/** Controllers of kube-controller-manager, each with ClusterRole and ClusterRoleBinding `system:controller:<name>` for ServiceAccount kube-system/<name>. */
const CONTROLLERS = {
    'attachdetach-controller': [
        R('list,watch', '', 'persistentvolumeclaims,persistentvolumes'),
        R(READ, '', 'nodes'),
        R('patch,update', '', 'nodes/status'),
        R('list,watch', '', 'pods'),
        EVENTS,
        R('create,delete,get,list,watch', 'storage.k8s.io', 'volumeattachments'),
        R(READ, 'storage.k8s.io', 'csidrivers'),
        R(READ, 'storage.k8s.io', 'csinodes'),
    ],
    'certificate-controller': [
        R('delete,get,list,watch', 'certificates.k8s.io', 'certificatesigningrequests'),
        R('update', 'certificates.k8s.io', 'certificatesigningrequests/approval,certificatesigningrequests/status'),
        R('approve', 'certificates.k8s.io', 'signers', 'kubernetes.io/kube-apiserver-client-kubelet'),
        R('sign', 'certificates.k8s.io', 'signers', 'kubernetes.io/kube-apiserver-client,kubernetes.io/kube-apiserver-client-kubelet,kubernetes.io/kubelet-serving,kubernetes.io/legacy-unknown'),
        R('create', 'authorization.k8s.io', 'subjectaccessreviews'),
        EVENTS,
    ],
    'clusterrole-aggregation-controller': [R('escalate,get,list,patch,update,watch', 'rbac.authorization.k8s.io', 'clusterroles')],
    'cronjob-controller': [
        R('get,list,update,watch', 'batch', 'cronjobs'),
        R('create,delete,get,list,patch,update,watch', 'batch', 'jobs'),
        R('update', 'batch', 'cronjobs/status'),
        R('update', 'batch', 'cronjobs/finalizers'),
        R('delete,list,watch', '', 'pods'),
        EVENTS,
    ],
    'daemon-set-controller': [
        R(READ, 'apps,extensions', 'daemonsets'),
        R('update', 'apps,extensions', 'daemonsets/status'),
        R('update', 'apps,extensions', 'daemonsets/finalizers'),
        R('list,watch', '', 'nodes'),
        R('create,delete,list,patch,watch', '', 'pods'),
        R('create', '', 'pods/binding'),
        R('create,delete,get,list,patch,update,watch', 'apps', 'controllerrevisions'),
        EVENTS,
    ],
    'deployment-controller': [
        R('get,list,update,watch', 'apps,extensions', 'deployments'),
        R('update', 'apps,extensions', 'deployments/status'),
        R('update', 'apps,extensions', 'deployments/finalizers'),
        R('create,delete,get,list,patch,update,watch', 'apps,extensions', 'replicasets'),
        R('get,list,update,watch', '', 'pods'),
        EVENTS,
    ],
    'device-taint-eviction-controller': [
        R('delete,get,list,watch', '', 'pods'),
        R('patch,update', '', 'pods/status'),
        R(READ, 'resource.k8s.io', 'resourceclaims'),
        R(READ, 'resource.k8s.io', 'resourceslices'),
        R(READ, 'resource.k8s.io', 'deviceclasses'),
        EVENTS,
    ],
    'disruption-controller': [
        R(READ, 'apps,extensions', 'deployments'),
        R(READ, 'apps,extensions', 'replicasets'),
        R(READ, '', 'replicationcontrollers'),
        R(READ, 'policy', 'poddisruptionbudgets'),
        R(READ, 'apps', 'statefulsets'),
        R('update', 'policy', 'poddisruptionbudgets/status'),
        R('patch,update', '', 'pods/status'),
        R('get', '*', '*/scale'),
        EVENTS,
    ],
    'endpoint-controller': [R(READ, '', 'pods,services'), R('create,delete,get,list,update,watch', '', 'endpoints'), R('create', '', 'endpoints/restricted'), EVENTS],
    'endpointslice-controller': [R(READ, '', 'nodes,pods,services'), R('update', '', 'services/finalizers'), R('create,delete,get,list,update,watch', 'discovery.k8s.io', 'endpointslices'), EVENTS],
    'endpointslicemirroring-controller': [
        R(READ, '', 'endpoints,services'),
        R('update', '', 'services/finalizers'),
        R('update', '', 'endpoints/finalizers'),
        R('create,delete,get,list,update,watch', 'discovery.k8s.io', 'endpointslices'),
        EVENTS,
    ],
    'ephemeral-volume-controller': [R(READ, '', 'pods'), R('update', '', 'pods/finalizers'), R('create,get,list,watch', '', 'persistentvolumeclaims'), EVENTS],
    'expand-controller': [R('get,list,patch,update,watch', '', 'persistentvolumes'), R('patch,update', '', 'persistentvolumeclaims/status'), R(READ, '', 'persistentvolumeclaims'), EVENTS],
    'generic-garbage-collector': [R('delete,get,list,patch,update,watch', '*', '*'), EVENTS],
    'horizontal-pod-autoscaler': [
        R(READ, 'autoscaling', 'horizontalpodautoscalers'),
        R('update', 'autoscaling', 'horizontalpodautoscalers/status'),
        R('get,update', '*', '*/scale'),
        R('list,watch', '', 'pods'),
        R('list,watch', 'metrics.k8s.io', 'pods'),
        R(READ, 'custom.metrics.k8s.io', '*'),
        R(READ, 'external.metrics.k8s.io', '*'),
        EVENTS,
    ],
    'job-controller': [
        R('get,list,patch,update,watch', 'batch', 'jobs'),
        R('update', 'batch', 'jobs/status'),
        R('update', 'batch', 'jobs/finalizers'),
        R('create,delete,list,patch,watch', '', 'pods'),
        EVENTS,
    ],
    'legacy-service-account-token-cleaner': [R('get', '', 'configmaps', 'kube-apiserver-legacy-service-account-token-tracking'), R('delete,patch', '', 'secrets')],
    'namespace-controller': [R('delete,get,list,watch', '', 'namespaces'), R('update', '', 'namespaces/finalize,namespaces/status'), R('delete,deletecollection,get,list,watch', '*', '*')],
    'node-controller': [
        R('delete,get,list,patch,update,watch', '', 'nodes'),
        R('patch,update', '', 'nodes/status'),
        R('patch,update', '', 'pods/status'),
        R('delete,get,list,watch', '', 'pods'),
        EVENTS,
    ],
    'persistent-volume-binder': [
        R('create,delete,get,list,update,watch', '', 'persistentvolumes'),
        R('update', '', 'persistentvolumes/status'),
        R('get,list,update,watch', '', 'persistentvolumeclaims'),
        R('update', '', 'persistentvolumeclaims/status'),
        R('create,delete,get,list,watch', '', 'pods'),
        R(READ, 'storage.k8s.io', 'storageclasses'),
        R('list,watch', '', 'nodes'),
        EVENTS,
        R('watch', '', 'events'),
    ],
    'pod-garbage-collector': [R('delete,list,watch', '', 'pods'), R(READ, '', 'nodes'), R('patch', '', 'pods/status')],
    'pv-protection-controller': [R('get,list,update,watch', '', 'persistentvolumes'), EVENTS],
    'pvc-protection-controller': [R('get,list,update,watch', '', 'persistentvolumeclaims'), R('update', '', 'persistentvolumeclaims/status'), R(READ, '', 'pods'), EVENTS],
    'replicaset-controller': [
        R('get,list,update,watch', 'apps,extensions', 'replicasets'),
        R('update', 'apps,extensions', 'replicasets/status'),
        R('update', 'apps,extensions', 'replicasets/finalizers'),
        R('create,delete,list,patch,watch', '', 'pods'),
        EVENTS,
    ],
    'replication-controller': [
        R('get,list,update,watch', '', 'replicationcontrollers'),
        R('update', '', 'replicationcontrollers/status'),
        R('update', '', 'replicationcontrollers/finalizers'),
        R('create,delete,list,patch,watch', '', 'pods'),
        EVENTS,
    ],
    'resource-claim-controller': [
        R(READ, '', 'pods'),
        R('update', '', 'pods/finalizers'),
        R('create,delete,get,list,watch', 'resource.k8s.io', 'resourceclaims'),
        R('patch,update', 'resource.k8s.io', 'resourceclaims,resourceclaims/status'),
        R('patch,update', '', 'pods/status'),
        EVENTS,
        R('patch,update', 'resource.k8s.io', 'resourceclaims/binding'),
    ],
    'resourcequota-controller': [R('list,watch', '*', '*'), R('update', '', 'resourcequotas/status'), EVENTS],
    'root-ca-cert-publisher': [R('create,update', '', 'configmaps'), EVENTS],
    'route-controller': [R('list,watch', '', 'nodes'), R('patch', '', 'nodes/status'), EVENTS],
    'selinux-warning-controller': [EVENTS, R(READ, '', 'persistentvolumes'), R(READ, '', 'persistentvolumeclaims'), R(READ, '', 'pods'), R(READ, 'storage.k8s.io', 'csidrivers')],
    'service-account-controller': [R('create', '', 'serviceaccounts'), EVENTS],
    'service-cidrs-controller': [
        R('get,list,patch,update,watch', 'networking.k8s.io', 'servicecidrs'),
        R('patch,update', 'networking.k8s.io', 'servicecidrs/finalizers'),
        R('patch,update', 'networking.k8s.io', 'servicecidrs/status'),
        R(READ, 'networking.k8s.io', 'ipaddresses'),
        EVENTS,
    ],
    'service-controller': [R(READ, '', 'services'), R('patch,update', '', 'services/status'), R('list,watch', '', 'nodes'), EVENTS],
    'statefulset-controller': [
        R('list,watch', '', 'pods'),
        R(READ, 'apps', 'statefulsets'),
        R('update', 'apps', 'statefulsets/status'),
        R('update', 'apps', 'statefulsets/finalizers'),
        R('create,delete,get,patch,update', '', 'pods'),
        R('create,delete,get,list,patch,update,watch', 'apps', 'controllerrevisions'),
        R('create,get,list,watch', '', 'persistentvolumeclaims'),
        R('delete,update', '', 'persistentvolumeclaims'),
        R('update', '', 'pods/finalizers'),
        EVENTS,
    ],
    'ttl-after-finished-controller': [R('delete,get,list,watch', 'batch', 'jobs'), EVENTS],
    'ttl-controller': [R('list,patch,update,watch', '', 'nodes'), EVENTS],
    'validatingadmissionpolicy-status-controller': [
        R(READ, 'admissionregistration.k8s.io', 'validatingadmissionpolicies'),
        R('get,patch,update', 'admissionregistration.k8s.io', 'validatingadmissionpolicies/status'),
        EVENTS,
    ],
    'volumeattributesclass-protection-controller': [R(READ, '', 'persistentvolumeclaims'), R(READ, '', 'persistentvolumes'), R('get,list,update,watch', 'storage.k8s.io', 'volumeattributesclasses'), EVENTS],
};
const role = (namespace, name, rules, source = 'kubernetes') => ({ kind: 'Role', namespace, name, rules, source });
const NAMESPACE_ROLES = [
    role('kube-public', 'system:controller:bootstrap-signer', [R(READ, '', 'configmaps'), R('update', '', 'configmaps', 'cluster-info'), EVENTS]),
    role('kube-system', 'extension-apiserver-authentication-reader', [R(READ, '', 'configmaps', 'extension-apiserver-authentication')]),
    role('kube-system', 'system::leader-locking-kube-controller-manager', [R('create,get,list,update,watch', 'coordination.k8s.io', 'leases'), R('create,get,list,update,watch', 'coordination.k8s.io', 'leasecandidates')]),
    role('kube-system', 'system::leader-locking-kube-scheduler', [R('create,get,list,update,watch', 'coordination.k8s.io', 'leases'), R('create,get,list,update,watch', 'coordination.k8s.io', 'leasecandidates')]),
    role('kube-system', 'system:controller:bootstrap-signer', [R(READ, '', 'secrets')]),
    role('kube-system', 'system:controller:cloud-provider', [R('create,get,list,watch', '', 'configmaps')]),
    role('kube-system', 'system:controller:token-cleaner', [R('delete,get,list,watch', '', 'secrets'), EVENTS]),
];
const KUBEADM_BOOTSTRAPPERS = 'system:bootstrappers:kubeadm:default-node-token';
const KUBEADM_ROLES = [
    { kind: 'ClusterRole', name: 'kubeadm:get-nodes', rules: [R('get', '', 'nodes')], source: 'kubeadm' },
    { kind: 'ClusterRole', name: 'system:coredns', rules: [R('list,watch', '', 'endpoints,services,pods,namespaces'), R('list,watch', 'discovery.k8s.io', 'endpointslices')], source: 'kubeadm' },
    role('kube-system', 'kube-proxy', [R('get', '', 'configmaps', 'kube-proxy')], 'kubeadm'),
    role('kube-system', 'kubeadm:kubelet-config', [R('get', '', 'configmaps', 'kubelet-config')], 'kubeadm'),
    role('kube-system', 'kubeadm:nodes-kubeadm-config', [R('get', '', 'configmaps', 'kubeadm-config')], 'kubeadm'),
    role('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', [R('get', '', 'configmaps', 'cluster-info')], 'kubeadm'),
];
const user = (name) => ({ kind: 'User', name });
const group = (name) => ({ kind: 'Group', name });
const sa = (namespace, name) => ({ kind: 'ServiceAccount', namespace, name });
const crb = (name, roleName, subjects, source = 'kubernetes') => ({
    kind: 'ClusterRoleBinding',
    name,
    roleRef: { kind: 'ClusterRole', name: roleName },
    subjects,
    source,
});
const rb = (namespace, name, roleName, subjects, source = 'kubernetes') => ({
    kind: 'RoleBinding',
    namespace,
    name,
    roleRef: { kind: 'Role', name: roleName },
    subjects,
    source,
});
const CLUSTER_ROLE_BINDINGS = [
    crb('cluster-admin', 'cluster-admin', [group('system:masters')]),
    crb('system:monitoring', 'system:monitoring', [group('system:monitoring')]),
    crb('system:discovery', 'system:discovery', [group('system:authenticated')]),
    crb('system:basic-user', 'system:basic-user', [group('system:authenticated')]),
    crb('system:public-info-viewer', 'system:public-info-viewer', [group('system:authenticated'), group('system:unauthenticated')]),
    crb('system:node-proxier', 'system:node-proxier', [user('system:kube-proxy')]),
    crb('system:kube-controller-manager', 'system:kube-controller-manager', [user('system:kube-controller-manager')]),
    crb('system:kube-dns', 'system:kube-dns', [sa('kube-system', 'kube-dns')]),
    crb('system:kube-scheduler', 'system:kube-scheduler', [user('system:kube-scheduler')]),
    crb('system:volume-scheduler', 'system:volume-scheduler', [user('system:kube-scheduler')]),
    crb('system:node', 'system:node', []),
    crb('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', [group('system:serviceaccounts')]),
    ...Object.keys(CONTROLLERS).map((c) => crb(`system:controller:${c}`, `system:controller:${c}`, [sa('kube-system', c)])),
];
const NAMESPACE_ROLE_BINDINGS = [
    rb('kube-public', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('kube-system', 'bootstrap-signer')]),
    rb('kube-system', 'system::extension-apiserver-authentication-reader', 'extension-apiserver-authentication-reader', [user('system:kube-controller-manager'), user('system:kube-scheduler')]),
    rb('kube-system', 'system::leader-locking-kube-controller-manager', 'system::leader-locking-kube-controller-manager', [user('system:kube-controller-manager'), sa('kube-system', 'kube-controller-manager'), sa('kube-system', 'leader-election-controller')]),
    rb('kube-system', 'system::leader-locking-kube-scheduler', 'system::leader-locking-kube-scheduler', [user('system:kube-scheduler'), sa('kube-system', 'kube-scheduler')]),
    rb('kube-system', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', [sa('kube-system', 'bootstrap-signer')]),
    rb('kube-system', 'system:controller:cloud-provider', 'system:controller:cloud-provider', [sa('kube-system', 'cloud-provider')]),
    rb('kube-system', 'system:controller:token-cleaner', 'system:controller:token-cleaner', [sa('kube-system', 'token-cleaner')]),
];
const KUBEADM_BINDINGS = [
    crb('kubeadm:get-nodes', 'kubeadm:get-nodes', [group(KUBEADM_BOOTSTRAPPERS)], 'kubeadm'),
    crb('kubeadm:kubelet-bootstrap', 'system:node-bootstrapper', [group(KUBEADM_BOOTSTRAPPERS)], 'kubeadm'),
    crb('kubeadm:node-autoapprove-bootstrap', 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', [group(KUBEADM_BOOTSTRAPPERS)], 'kubeadm'),
    crb('kubeadm:node-autoapprove-certificate-rotation', 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', [group('system:nodes')], 'kubeadm'),
    crb('kubeadm:node-proxier', 'system:node-proxier', [sa('kube-system', 'kube-proxy')], 'kubeadm'),
    crb('kubeadm:cluster-admins', 'cluster-admin', [group('kubeadm:cluster-admins')], 'kubeadm'),
    crb('system:coredns', 'system:coredns', [sa('kube-system', 'coredns')], 'kubeadm'),
    rb('kube-system', 'kube-proxy', 'kube-proxy', [group(KUBEADM_BOOTSTRAPPERS)], 'kubeadm'),
    rb('kube-system', 'kubeadm:kubelet-config', 'kubeadm:kubelet-config', [group('system:nodes'), group(KUBEADM_BOOTSTRAPPERS)], 'kubeadm'),
    rb('kube-system', 'kubeadm:nodes-kubeadm-config', 'kubeadm:nodes-kubeadm-config', [group(KUBEADM_BOOTSTRAPPERS), group('system:nodes')], 'kubeadm'),
    rb('kube-public', 'kubeadm:bootstrap-signer-clusterinfo', 'kubeadm:bootstrap-signer-clusterinfo', [user('system:anonymous')], 'kubeadm'),
];
export const BOOTSTRAP_ROLES = [
    ...CLUSTER_ROLES,
    ...Object.entries(CONTROLLERS).map(([c, rules]) => cr(`system:controller:${c}`, rules)),
    ...NAMESPACE_ROLES,
    ...KUBEADM_ROLES,
];
export const BOOTSTRAP_BINDINGS = [...CLUSTER_ROLE_BINDINGS, ...NAMESPACE_ROLE_BINDINGS, ...KUBEADM_BINDINGS];
/** The label the API server puts on the roles and bindings it bootstraps. */
export const BOOTSTRAPPING_LABEL = 'kubernetes.io/bootstrapping';
/**
 * Service accounts Kubernetes and kubeadm create in kube-system: one per controller of
 * kube-controller-manager (it runs each under its own account with `--use-service-account-credentials`,
 * as kubeadm sets), plus the ones the bootstrap bindings name.
 */
export const SYSTEM_SERVICE_ACCOUNTS = new Set(BOOTSTRAP_BINDINGS.flatMap((b) => b.subjects.filter((s) => s.kind === 'ServiceAccount').map((s) => `${s.namespace}/${s.name}`)));
function key(kind, namespace, name) {
    return `${kind}\0${namespace ?? ''}\0${name}`;
}
const ROLE_INDEX = new Map();
const BINDING_INDEX = new Map();
function indexes() {
    if (ROLE_INDEX.size > 0)
        return;
    for (const r of BOOTSTRAP_ROLES)
        ROLE_INDEX.set(key(r.kind, r.namespace, r.name), r);
    for (const b of BOOTSTRAP_BINDINGS)
        BINDING_INDEX.set(key(b.kind, b.namespace, b.name), b);
}
export function bootstrapRole(kind, namespace, name) {
    indexes();
    return ROLE_INDEX.get(key(kind, kind === 'Role' ? namespace : undefined, name));
}
export function bootstrapBinding(kind, namespace, name) {
    indexes();
    return BINDING_INDEX.get(key(kind, kind === 'RoleBinding' ? namespace : undefined, name));
}
//# sourceMappingURL=bootstrap.js.map