/*
 * Every recommendation of the CIS Kubernetes Benchmark v1.8, v1.9, v1.10, v1.11 and v1.12
 * (sections 1 to 5), matched across versions by what it tests, with its number in each version.
 *
 * Source: the benchmark as transcribed by kube-bench (github.com/aquasecurity/kube-bench,
 * cfg/cis-1.8 ... cfg/cis-1.12: master.yaml, etcd.yaml, controlplane.yaml, node.yaml,
 * policies.yaml), every file of every version read on 2026-11-24 (file commits: cis-1.8 master
 * 15e0765, node 0c553cd, policies c40b2a7; cis-1.9 master 1d41c7c, node 15e0765, policies
 * 1ba3ca5; cis-1.10 master and node 1d41c7c, policies 1ba3ca5; cis-1.11 master and policies
 * 146f4af, node 15e0765; cis-1.12 master 0139daa, node 0f317df, policies 0ec1f76).
 * Recommendations were matched by their titles and audit commands, not by number: the numbering
 * shifts where a version adds or drops one.
 * What moves between versions:
 *  - 1.2.12 "SecurityContextDeny if PodSecurityPolicy is not used" exists in 1.8 only; 1.2.13 to
 *    1.2.30 of v1.8 are 1.2.12 to 1.2.29 from v1.9 on.
 *  - 1.2.30 "--service-account-extend-token-expiration false" is new in v1.11.
 *  - 4.2.14 "--seccomp-default" is new in v1.11; 4.2.15 "IPAddressDeny" exists in v1.11 only.
 *  - 4.3.1 (kube-proxy metrics bound to localhost) is new in v1.9.
 *  - 5.2.9 "added capabilities" is gone in v1.12, which renumbers 5.2.10-5.2.13 to 5.2.9-5.2.12.
 *  - "General Policies" is 5.7 up to v1.10 and 5.6 from v1.11 on.
 * Titles are the latest version's, without the "(Automated)"/"(Manual)" suffix; `assessment` is
 * that suffix in the latest version that has the recommendation.
 */
/** The same number in every benchmark version. */
function everywhere(id) {
    return { '1.8': id, '1.9': id, '1.10': id, '1.11': id, '1.12': id };
}
/** One number up to v1.8 (SecurityContextDeny's slot) and another from v1.9 on. */
function apiServer(v18, later) {
    return { '1.8': v18, '1.9': later, '1.10': later, '1.11': later, '1.12': later };
}
/** "General Policies": 5.7.n up to v1.10, 5.6.n from v1.11 on. */
function generalPolicy(n) {
    return { '1.8': `5.7.${n}`, '1.9': `5.7.${n}`, '1.10': `5.7.${n}`, '1.11': `5.6.${n}`, '1.12': `5.6.${n}` };
}
/** Pod Security Standards recommendations after "added capabilities": one lower in v1.12. */
function podSecurity(n) {
    const before = `5.2.${n}`;
    return { '1.8': before, '1.9': before, '1.10': before, '1.11': before, '1.12': `5.2.${n - 1}` };
}
export const CIS_RECOMMENDATIONS = {
    // 1.1 Control plane node configuration files
    'files.apiserver-manifest-permissions': {
        title: 'Ensure that the API server pod specification file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.1'),
        assessment: 'automated',
    },
    'files.apiserver-manifest-ownership': {
        title: 'Ensure that the API server pod specification file ownership is set to root:root',
        ids: everywhere('1.1.2'),
        assessment: 'automated',
    },
    'files.controller-manager-manifest-permissions': {
        title: 'Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.3'),
        assessment: 'automated',
    },
    'files.controller-manager-manifest-ownership': {
        title: 'Ensure that the controller manager pod specification file ownership is set to root:root',
        ids: everywhere('1.1.4'),
        assessment: 'automated',
    },
    'files.scheduler-manifest-permissions': {
        title: 'Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.5'),
        assessment: 'automated',
    },
    'files.scheduler-manifest-ownership': {
        title: 'Ensure that the scheduler pod specification file ownership is set to root:root',
        ids: everywhere('1.1.6'),
        assessment: 'automated',
    },
    'files.etcd-manifest-permissions': {
        title: 'Ensure that the etcd pod specification file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.7'),
        assessment: 'automated',
    },
    'files.etcd-manifest-ownership': {
        title: 'Ensure that the etcd pod specification file ownership is set to root:root',
        ids: everywhere('1.1.8'),
        assessment: 'automated',
    },
    'files.cni-permissions': {
        title: 'Ensure that the Container Network Interface file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.9'),
        assessment: 'manual',
    },
    'files.cni-ownership': {
        title: 'Ensure that the Container Network Interface file ownership is set to root:root',
        ids: everywhere('1.1.10'),
        assessment: 'manual',
    },
    'files.etcd-data-dir-permissions': {
        title: 'Ensure that the etcd data directory permissions are set to 700 or more restrictive',
        ids: everywhere('1.1.11'),
        assessment: 'automated',
    },
    'files.etcd-data-dir-ownership': {
        title: 'Ensure that the etcd data directory ownership is set to etcd:etcd',
        ids: everywhere('1.1.12'),
        assessment: 'automated',
    },
    // v1.8 names admin.conf only; v1.9 on adds super-admin.conf (Kubernetes 1.29+).
    'files.admin-kubeconfig-permissions': {
        title: 'Ensure that the default administrative credential file permissions are set to 600',
        ids: everywhere('1.1.13'),
        assessment: 'automated',
    },
    'files.admin-kubeconfig-ownership': {
        title: 'Ensure that the default administrative credential file ownership is set to root:root',
        ids: everywhere('1.1.14'),
        assessment: 'automated',
    },
    'files.scheduler-kubeconfig-permissions': {
        title: 'Ensure that the scheduler.conf file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.15'),
        assessment: 'automated',
    },
    'files.scheduler-kubeconfig-ownership': {
        title: 'Ensure that the scheduler.conf file ownership is set to root:root',
        ids: everywhere('1.1.16'),
        assessment: 'automated',
    },
    'files.controller-manager-kubeconfig-permissions': {
        title: 'Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive',
        ids: everywhere('1.1.17'),
        assessment: 'automated',
    },
    'files.controller-manager-kubeconfig-ownership': {
        title: 'Ensure that the controller-manager.conf file ownership is set to root:root',
        ids: everywhere('1.1.18'),
        assessment: 'automated',
    },
    'files.pki-ownership': {
        title: 'Ensure that the Kubernetes PKI directory and file ownership is set to root:root',
        ids: everywhere('1.1.19'),
        assessment: 'automated',
    },
    // 600 up to v1.10, 644 from v1.11 on.
    'files.pki-certificate-permissions': {
        title: 'Ensure that the Kubernetes PKI certificate file permissions are set to 644 or more restrictive',
        ids: everywhere('1.1.20'),
        assessment: 'manual',
    },
    'files.pki-key-permissions': {
        title: 'Ensure that the Kubernetes PKI key file permissions are set to 600',
        ids: everywhere('1.1.21'),
        assessment: 'manual',
    },
    // 1.2 API server
    'apiserver.anonymous-auth': {
        title: 'Ensure that the --anonymous-auth argument is set to false',
        ids: everywhere('1.2.1'),
        assessment: 'manual',
    },
    'apiserver.token-auth-file': {
        title: 'Ensure that the --token-auth-file parameter is not set',
        ids: everywhere('1.2.2'),
        assessment: 'automated',
    },
    'apiserver.deny-service-external-ips': {
        title: 'Ensure that the --DenyServiceExternalIPs is set',
        ids: everywhere('1.2.3'),
        assessment: 'manual',
    },
    'apiserver.kubelet-client-certificate': {
        title: 'Ensure that the --kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate',
        ids: everywhere('1.2.4'),
        assessment: 'automated',
    },
    'apiserver.kubelet-certificate-authority': {
        title: 'Ensure that the --kubelet-certificate-authority argument is set as appropriate',
        ids: everywhere('1.2.5'),
        assessment: 'automated',
    },
    'apiserver.authorization-mode-not-always-allow': {
        title: 'Ensure that the --authorization-mode argument is not set to AlwaysAllow',
        ids: everywhere('1.2.6'),
        assessment: 'automated',
    },
    'apiserver.authorization-mode-node': {
        title: 'Ensure that the --authorization-mode argument includes Node',
        ids: everywhere('1.2.7'),
        assessment: 'automated',
    },
    'apiserver.authorization-mode-rbac': {
        title: 'Ensure that the --authorization-mode argument includes RBAC',
        ids: everywhere('1.2.8'),
        assessment: 'automated',
    },
    'apiserver.admission-event-rate-limit': {
        title: 'Ensure that the admission control plugin EventRateLimit is set',
        ids: everywhere('1.2.9'),
        assessment: 'manual',
    },
    'apiserver.admission-always-admit': {
        title: 'Ensure that the admission control plugin AlwaysAdmit is not set',
        ids: everywhere('1.2.10'),
        assessment: 'automated',
    },
    'apiserver.admission-always-pull-images': {
        title: 'Ensure that the admission control plugin AlwaysPullImages is set',
        ids: everywhere('1.2.11'),
        assessment: 'manual',
    },
    'apiserver.admission-security-context-deny': {
        title: 'Ensure that the admission control plugin SecurityContextDeny is set if PodSecurityPolicy is not used',
        ids: { '1.8': '1.2.12' },
        assessment: 'manual',
    },
    'apiserver.admission-service-account': {
        title: 'Ensure that the admission control plugin ServiceAccount is set',
        ids: apiServer('1.2.13', '1.2.12'),
        assessment: 'automated',
    },
    'apiserver.admission-namespace-lifecycle': {
        title: 'Ensure that the admission control plugin NamespaceLifecycle is set',
        ids: apiServer('1.2.14', '1.2.13'),
        assessment: 'automated',
    },
    'apiserver.admission-node-restriction': {
        title: 'Ensure that the admission control plugin NodeRestriction is set',
        ids: apiServer('1.2.15', '1.2.14'),
        assessment: 'automated',
    },
    'apiserver.profiling': {
        title: 'Ensure that the --profiling argument is set to false',
        ids: apiServer('1.2.16', '1.2.15'),
        assessment: 'automated',
    },
    'apiserver.audit-log-path': {
        title: 'Ensure that the --audit-log-path argument is set',
        ids: apiServer('1.2.17', '1.2.16'),
        assessment: 'automated',
    },
    'apiserver.audit-log-maxage': {
        title: 'Ensure that the --audit-log-maxage argument is set to 30 or as appropriate',
        ids: apiServer('1.2.18', '1.2.17'),
        assessment: 'automated',
    },
    'apiserver.audit-log-maxbackup': {
        title: 'Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate',
        ids: apiServer('1.2.19', '1.2.18'),
        assessment: 'automated',
    },
    'apiserver.audit-log-maxsize': {
        title: 'Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate',
        ids: apiServer('1.2.20', '1.2.19'),
        assessment: 'automated',
    },
    'apiserver.request-timeout': {
        title: 'Ensure that the --request-timeout argument is set as appropriate',
        ids: apiServer('1.2.21', '1.2.20'),
        assessment: 'manual',
    },
    'apiserver.service-account-lookup': {
        title: 'Ensure that the --service-account-lookup argument is set to true',
        ids: apiServer('1.2.22', '1.2.21'),
        assessment: 'automated',
    },
    'apiserver.service-account-key-file': {
        title: 'Ensure that the --service-account-key-file argument is set as appropriate',
        ids: apiServer('1.2.23', '1.2.22'),
        assessment: 'automated',
    },
    'apiserver.etcd-certfile': {
        title: 'Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate',
        ids: apiServer('1.2.24', '1.2.23'),
        assessment: 'automated',
    },
    'apiserver.tls-cert-file': {
        title: 'Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate',
        ids: apiServer('1.2.25', '1.2.24'),
        assessment: 'automated',
    },
    'apiserver.client-ca-file': {
        title: 'Ensure that the --client-ca-file argument is set as appropriate',
        ids: apiServer('1.2.26', '1.2.25'),
        assessment: 'automated',
    },
    'apiserver.etcd-cafile': {
        title: 'Ensure that the --etcd-cafile argument is set as appropriate',
        ids: apiServer('1.2.27', '1.2.26'),
        assessment: 'automated',
    },
    'apiserver.encryption-provider-config': {
        title: 'Ensure that the --encryption-provider-config argument is set as appropriate',
        ids: apiServer('1.2.28', '1.2.27'),
        assessment: 'manual',
    },
    'apiserver.encryption-providers': {
        title: 'Ensure that encryption providers are appropriately configured',
        ids: apiServer('1.2.29', '1.2.28'),
        assessment: 'manual',
    },
    'apiserver.tls-cipher-suites': {
        title: 'Ensure that the API Server only makes use of Strong Cryptographic Ciphers',
        ids: apiServer('1.2.30', '1.2.29'),
        assessment: 'manual',
    },
    'apiserver.service-account-extend-token-expiration': {
        title: 'Ensure that the --service-account-extend-token-expiration parameter is set to false',
        ids: { '1.11': '1.2.30', '1.12': '1.2.30' },
        assessment: 'automated',
    },
    // 1.3 Controller manager
    'controller-manager.terminated-pod-gc-threshold': {
        title: 'Ensure that the --terminated-pod-gc-threshold argument is set as appropriate',
        ids: everywhere('1.3.1'),
        assessment: 'manual',
    },
    'controller-manager.profiling': {
        title: 'Ensure that the --profiling argument is set to false',
        ids: everywhere('1.3.2'),
        assessment: 'automated',
    },
    'controller-manager.use-service-account-credentials': {
        title: 'Ensure that the --use-service-account-credentials argument is set to true',
        ids: everywhere('1.3.3'),
        assessment: 'automated',
    },
    'controller-manager.service-account-private-key-file': {
        title: 'Ensure that the --service-account-private-key-file argument is set as appropriate',
        ids: everywhere('1.3.4'),
        assessment: 'automated',
    },
    'controller-manager.root-ca-file': {
        title: 'Ensure that the --root-ca-file argument is set as appropriate',
        ids: everywhere('1.3.5'),
        assessment: 'automated',
    },
    'controller-manager.rotate-kubelet-server-certificate': {
        title: 'Ensure that the RotateKubeletServerCertificate argument is set to true',
        ids: everywhere('1.3.6'),
        assessment: 'automated',
    },
    'controller-manager.bind-address': {
        title: 'Ensure that the --bind-address argument is set to 127.0.0.1',
        ids: everywhere('1.3.7'),
        assessment: 'automated',
    },
    // 1.4 Scheduler
    'scheduler.profiling': {
        title: 'Ensure that the --profiling argument is set to false',
        ids: everywhere('1.4.1'),
        assessment: 'automated',
    },
    'scheduler.bind-address': {
        title: 'Ensure that the --bind-address argument is set to 127.0.0.1',
        ids: everywhere('1.4.2'),
        assessment: 'automated',
    },
    // 2 etcd
    'etcd.cert-file': {
        title: 'Ensure that the --cert-file and --key-file arguments are set as appropriate',
        ids: everywhere('2.1'),
        assessment: 'automated',
    },
    'etcd.client-cert-auth': {
        title: 'Ensure that the --client-cert-auth argument is set to true',
        ids: everywhere('2.2'),
        assessment: 'automated',
    },
    'etcd.auto-tls': {
        title: 'Ensure that the --auto-tls argument is not set to true',
        ids: everywhere('2.3'),
        assessment: 'automated',
    },
    'etcd.peer-cert-file': {
        title: 'Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate',
        ids: everywhere('2.4'),
        assessment: 'automated',
    },
    'etcd.peer-client-cert-auth': {
        title: 'Ensure that the --peer-client-cert-auth argument is set to true',
        ids: everywhere('2.5'),
        assessment: 'automated',
    },
    'etcd.peer-auto-tls': {
        title: 'Ensure that the --peer-auto-tls argument is not set to true',
        ids: everywhere('2.6'),
        assessment: 'automated',
    },
    'etcd.unique-ca': {
        title: 'Ensure that a unique Certificate Authority is used for etcd',
        ids: everywhere('2.7'),
        assessment: 'manual',
    },
    // 3.1 Authentication and authorization
    'authentication.client-certificates-for-users': {
        title: 'Client certificate authentication should not be used for users',
        ids: everywhere('3.1.1'),
        assessment: 'manual',
    },
    'authentication.service-account-tokens-for-users': {
        title: 'Service account token authentication should not be used for users',
        ids: everywhere('3.1.2'),
        assessment: 'manual',
    },
    'authentication.bootstrap-tokens-for-users': {
        title: 'Bootstrap token authentication should not be used for users',
        ids: everywhere('3.1.3'),
        assessment: 'manual',
    },
    // 3.2 Logging
    'logging.audit-policy': {
        title: 'Ensure that a minimal audit policy is created',
        ids: everywhere('3.2.1'),
        assessment: 'manual',
    },
    'logging.audit-policy-coverage': {
        title: 'Ensure that the audit policy covers key security concerns',
        ids: everywhere('3.2.2'),
        assessment: 'manual',
    },
    // 4.1 Worker node configuration files
    'files.kubelet-service-permissions': {
        title: 'Ensure that the kubelet service file permissions are set to 600 or more restrictive',
        ids: everywhere('4.1.1'),
        assessment: 'automated',
    },
    'files.kubelet-service-ownership': {
        title: 'Ensure that the kubelet service file ownership is set to root:root',
        ids: everywhere('4.1.2'),
        assessment: 'automated',
    },
    'files.proxy-kubeconfig-permissions': {
        title: 'If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive',
        ids: everywhere('4.1.3'),
        assessment: 'manual',
    },
    'files.proxy-kubeconfig-ownership': {
        title: 'If proxy kubeconfig file exists ensure ownership is set to root:root',
        ids: everywhere('4.1.4'),
        assessment: 'manual',
    },
    'files.kubelet-kubeconfig-permissions': {
        title: 'Ensure that the --kubeconfig kubelet.conf file permissions are set to 600 or more restrictive',
        ids: everywhere('4.1.5'),
        assessment: 'automated',
    },
    'files.kubelet-kubeconfig-ownership': {
        title: 'Ensure that the --kubeconfig kubelet.conf file ownership is set to root:root',
        ids: everywhere('4.1.6'),
        assessment: 'automated',
    },
    // 600 up to v1.10, 644 from v1.11 on.
    'files.client-ca-permissions': {
        title: 'Ensure that the certificate authorities file permissions are set to 644 or more restrictive',
        ids: everywhere('4.1.7'),
        assessment: 'manual',
    },
    'files.client-ca-ownership': {
        title: 'Ensure that the client certificate authorities file ownership is set to root:root',
        ids: everywhere('4.1.8'),
        assessment: 'manual',
    },
    'files.kubelet-config-permissions': {
        title: 'If the kubelet config.yaml configuration file is being used validate permissions set to 600 or more restrictive',
        ids: everywhere('4.1.9'),
        assessment: 'automated',
    },
    'files.kubelet-config-ownership': {
        title: 'If the kubelet config.yaml configuration file is being used validate file ownership is set to root:root',
        ids: everywhere('4.1.10'),
        assessment: 'automated',
    },
    // 4.2 Kubelet
    'kubelet.anonymous-auth': {
        title: 'Ensure that the --anonymous-auth argument is set to false',
        ids: everywhere('4.2.1'),
        assessment: 'automated',
    },
    'kubelet.authorization-mode': {
        title: 'Ensure that the --authorization-mode argument is not set to AlwaysAllow',
        ids: everywhere('4.2.2'),
        assessment: 'automated',
    },
    'kubelet.client-ca-file': {
        title: 'Ensure that the --client-ca-file argument is set as appropriate',
        ids: everywhere('4.2.3'),
        assessment: 'automated',
    },
    'kubelet.read-only-port': {
        title: 'Verify that if defined, the --read-only-port argument is set to 0',
        ids: everywhere('4.2.4'),
        assessment: 'manual',
    },
    'kubelet.streaming-connection-idle-timeout': {
        title: 'Ensure that the --streaming-connection-idle-timeout argument is not set to 0',
        ids: everywhere('4.2.5'),
        assessment: 'manual',
    },
    'kubelet.make-iptables-util-chains': {
        title: 'Ensure that the --make-iptables-util-chains argument is set to true',
        ids: everywhere('4.2.6'),
        assessment: 'automated',
    },
    'kubelet.hostname-override': {
        title: 'Ensure that the --hostname-override argument is not set',
        ids: everywhere('4.2.7'),
        assessment: 'manual',
    },
    'kubelet.event-qps': {
        title: 'Ensure that the eventRecordQPS argument is set to a level which ensures appropriate event capture',
        ids: everywhere('4.2.8'),
        assessment: 'manual',
    },
    'kubelet.tls-cert-file': {
        title: 'Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate',
        ids: everywhere('4.2.9'),
        assessment: 'manual',
    },
    'kubelet.rotate-certificates': {
        title: 'Ensure that the --rotate-certificates argument is not set to false',
        ids: everywhere('4.2.10'),
        assessment: 'automated',
    },
    'kubelet.rotate-server-certificates': {
        title: 'Verify that the RotateKubeletServerCertificate argument is set to true',
        ids: everywhere('4.2.11'),
        assessment: 'manual',
    },
    'kubelet.tls-cipher-suites': {
        title: 'Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers',
        ids: everywhere('4.2.12'),
        assessment: 'manual',
    },
    'kubelet.pod-pids-limit': {
        title: 'Ensure that a limit is set on pod PIDs',
        ids: everywhere('4.2.13'),
        assessment: 'manual',
    },
    'kubelet.seccomp-default': {
        title: 'Ensure that the --seccomp-default parameter is set to true',
        ids: { '1.11': '4.2.14', '1.12': '4.2.14' },
        assessment: 'manual',
    },
    // A systemd unit setting (IPAddressDeny=any on the kubelet service), not a kubelet flag.
    'kubelet.ip-address-deny': {
        title: 'Ensure that the --IPAddressDeny is set to any',
        ids: { '1.11': '4.2.15' },
        assessment: 'manual',
    },
    // 4.3 kube-proxy
    'kube-proxy.metrics-bind-address': {
        title: 'Ensure that the kube-proxy metrics service is bound to localhost',
        ids: { '1.9': '4.3.1', '1.10': '4.3.1', '1.11': '4.3.1', '1.12': '4.3.1' },
        assessment: 'automated',
    },
    // 5.1 RBAC and service accounts
    'policies.cluster-admin-usage': {
        title: 'Ensure that the cluster-admin role is only used where required',
        ids: everywhere('5.1.1'),
        assessment: 'manual',
    },
    'policies.secret-access': {
        title: 'Minimize access to secrets',
        ids: everywhere('5.1.2'),
        assessment: 'manual',
    },
    'policies.wildcard-roles': {
        title: 'Minimize wildcard use in Roles and ClusterRoles',
        ids: everywhere('5.1.3'),
        assessment: 'manual',
    },
    'policies.pod-create-access': {
        title: 'Minimize access to create pods',
        ids: everywhere('5.1.4'),
        assessment: 'manual',
    },
    'policies.default-service-account': {
        title: 'Ensure that default service accounts are not actively used',
        ids: everywhere('5.1.5'),
        assessment: 'manual',
    },
    'policies.service-account-token-mounts': {
        title: 'Ensure that Service Account Tokens are only mounted where necessary',
        ids: everywhere('5.1.6'),
        assessment: 'manual',
    },
    'policies.system-masters': {
        title: 'Avoid use of system:masters group',
        ids: everywhere('5.1.7'),
        assessment: 'manual',
    },
    'policies.bind-impersonate-escalate': {
        title: 'Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster',
        ids: everywhere('5.1.8'),
        assessment: 'manual',
    },
    'policies.persistent-volume-create-access': {
        title: 'Minimize access to create persistent volumes',
        ids: everywhere('5.1.9'),
        assessment: 'manual',
    },
    'policies.node-proxy-access': {
        title: 'Minimize access to the proxy sub-resource of nodes',
        ids: everywhere('5.1.10'),
        assessment: 'manual',
    },
    'policies.csr-approval-access': {
        title: 'Minimize access to the approval sub-resource of certificatesigningrequests objects',
        ids: everywhere('5.1.11'),
        assessment: 'manual',
    },
    'policies.webhook-configuration-access': {
        title: 'Minimize access to webhook configuration objects',
        ids: everywhere('5.1.12'),
        assessment: 'manual',
    },
    'policies.service-account-token-create-access': {
        title: 'Minimize access to the service account token creation',
        ids: everywhere('5.1.13'),
        assessment: 'manual',
    },
    // 5.2 Pod Security Standards
    'policies.policy-control-mechanism': {
        title: 'Ensure that the cluster has at least one active policy control mechanism in place',
        ids: everywhere('5.2.1'),
        assessment: 'manual',
    },
    'policies.privileged-containers': {
        title: 'Minimize the admission of privileged containers',
        ids: everywhere('5.2.2'),
        assessment: 'manual',
    },
    'policies.host-pid': {
        title: 'Minimize the admission of containers wishing to share the host process ID namespace',
        ids: everywhere('5.2.3'),
        assessment: 'manual',
    },
    'policies.host-ipc': {
        title: 'Minimize the admission of containers wishing to share the host IPC namespace',
        ids: everywhere('5.2.4'),
        assessment: 'manual',
    },
    'policies.host-network': {
        title: 'Minimize the admission of containers wishing to share the host network namespace',
        ids: everywhere('5.2.5'),
        assessment: 'manual',
    },
    'policies.allow-privilege-escalation': {
        title: 'Minimize the admission of containers with allowPrivilegeEscalation',
        ids: everywhere('5.2.6'),
        assessment: 'manual',
    },
    'policies.root-containers': {
        title: 'Minimize the admission of root containers',
        ids: everywhere('5.2.7'),
        assessment: 'manual',
    },
    'policies.net-raw-capability': {
        title: 'Minimize the admission of containers with the NET_RAW capability',
        ids: everywhere('5.2.8'),
        assessment: 'manual',
    },
    'policies.added-capabilities': {
        title: 'Minimize the admission of containers with added capabilities',
        ids: { '1.8': '5.2.9', '1.9': '5.2.9', '1.10': '5.2.9', '1.11': '5.2.9' },
        assessment: 'manual',
    },
    'policies.capabilities-assigned': {
        title: 'Minimize the admission of containers with capabilities assigned',
        ids: podSecurity(10),
        assessment: 'manual',
    },
    'policies.windows-host-process': {
        title: 'Minimize the admission of Windows HostProcess containers',
        ids: podSecurity(11),
        assessment: 'manual',
    },
    'policies.host-path-volumes': {
        title: 'Minimize the admission of HostPath volumes',
        ids: podSecurity(12),
        assessment: 'manual',
    },
    'policies.host-ports': {
        title: 'Minimize the admission of containers which use HostPorts',
        ids: podSecurity(13),
        assessment: 'manual',
    },
    // 5.3 Network policies and CNI
    'policies.cni-network-policy-support': {
        title: 'Ensure that the CNI in use supports NetworkPolicies',
        ids: everywhere('5.3.1'),
        assessment: 'manual',
    },
    'policies.namespace-network-policies': {
        title: 'Ensure that all Namespaces have NetworkPolicies defined',
        ids: everywhere('5.3.2'),
        assessment: 'manual',
    },
    // 5.4 Secrets management
    'policies.secrets-as-files': {
        title: 'Prefer using Secrets as files over Secrets as environment variables',
        ids: everywhere('5.4.1'),
        assessment: 'manual',
    },
    'policies.external-secret-storage': {
        title: 'Consider external secret storage',
        ids: everywhere('5.4.2'),
        assessment: 'manual',
    },
    // 5.5 Extensible admission control
    'policies.image-provenance': {
        title: 'Configure Image Provenance using ImagePolicyWebhook admission controller',
        ids: everywhere('5.5.1'),
        assessment: 'manual',
    },
    // 5.6 (5.7 up to v1.10) General policies
    'policies.namespace-boundaries': {
        title: 'Create administrative boundaries between resources using namespaces',
        ids: generalPolicy(1),
        assessment: 'manual',
    },
    'policies.seccomp-profile': {
        title: 'Ensure that the seccomp profile is set to docker/default in your Pod definitions',
        ids: generalPolicy(2),
        assessment: 'manual',
    },
    'policies.security-context': {
        title: 'Apply SecurityContext to your Pods and Containers',
        ids: generalPolicy(3),
        assessment: 'manual',
    },
    'policies.default-namespace': {
        title: 'The default namespace should not be used',
        ids: generalPolicy(4),
        assessment: 'manual',
    },
};
//# sourceMappingURL=recommendations.js.map