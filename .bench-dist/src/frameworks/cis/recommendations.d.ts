export declare const CIS_RECOMMENDATIONS: {
    readonly 'files.apiserver-manifest-permissions': {
        readonly title: "Ensure that the API server pod specification file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.apiserver-manifest-ownership': {
        readonly title: "Ensure that the API server pod specification file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.controller-manager-manifest-permissions': {
        readonly title: "Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.controller-manager-manifest-ownership': {
        readonly title: "Ensure that the controller manager pod specification file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.scheduler-manifest-permissions': {
        readonly title: "Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.scheduler-manifest-ownership': {
        readonly title: "Ensure that the scheduler pod specification file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.etcd-manifest-permissions': {
        readonly title: "Ensure that the etcd pod specification file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.etcd-manifest-ownership': {
        readonly title: "Ensure that the etcd pod specification file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.cni-permissions': {
        readonly title: "Ensure that the Container Network Interface file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.cni-ownership': {
        readonly title: "Ensure that the Container Network Interface file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.etcd-data-dir-permissions': {
        readonly title: "Ensure that the etcd data directory permissions are set to 700 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.etcd-data-dir-ownership': {
        readonly title: "Ensure that the etcd data directory ownership is set to etcd:etcd";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.admin-kubeconfig-permissions': {
        readonly title: "Ensure that the default administrative credential file permissions are set to 600";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.admin-kubeconfig-ownership': {
        readonly title: "Ensure that the default administrative credential file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.scheduler-kubeconfig-permissions': {
        readonly title: "Ensure that the scheduler.conf file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.scheduler-kubeconfig-ownership': {
        readonly title: "Ensure that the scheduler.conf file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.controller-manager-kubeconfig-permissions': {
        readonly title: "Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.controller-manager-kubeconfig-ownership': {
        readonly title: "Ensure that the controller-manager.conf file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.pki-ownership': {
        readonly title: "Ensure that the Kubernetes PKI directory and file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.pki-certificate-permissions': {
        readonly title: "Ensure that the Kubernetes PKI certificate file permissions are set to 644 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.pki-key-permissions': {
        readonly title: "Ensure that the Kubernetes PKI key file permissions are set to 600";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.anonymous-auth': {
        readonly title: "Ensure that the --anonymous-auth argument is set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.token-auth-file': {
        readonly title: "Ensure that the --token-auth-file parameter is not set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.deny-service-external-ips': {
        readonly title: "Ensure that the --DenyServiceExternalIPs is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.kubelet-client-certificate': {
        readonly title: "Ensure that the --kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.kubelet-certificate-authority': {
        readonly title: "Ensure that the --kubelet-certificate-authority argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.authorization-mode-not-always-allow': {
        readonly title: "Ensure that the --authorization-mode argument is not set to AlwaysAllow";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.authorization-mode-node': {
        readonly title: "Ensure that the --authorization-mode argument includes Node";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.authorization-mode-rbac': {
        readonly title: "Ensure that the --authorization-mode argument includes RBAC";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.admission-event-rate-limit': {
        readonly title: "Ensure that the admission control plugin EventRateLimit is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.admission-always-admit': {
        readonly title: "Ensure that the admission control plugin AlwaysAdmit is not set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.admission-always-pull-images': {
        readonly title: "Ensure that the admission control plugin AlwaysPullImages is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.admission-security-context-deny': {
        readonly title: "Ensure that the admission control plugin SecurityContextDeny is set if PodSecurityPolicy is not used";
        readonly ids: {
            readonly '1.8': "1.2.12";
        };
        readonly assessment: "manual";
    };
    readonly 'apiserver.admission-service-account': {
        readonly title: "Ensure that the admission control plugin ServiceAccount is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.admission-namespace-lifecycle': {
        readonly title: "Ensure that the admission control plugin NamespaceLifecycle is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.admission-node-restriction': {
        readonly title: "Ensure that the admission control plugin NodeRestriction is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.profiling': {
        readonly title: "Ensure that the --profiling argument is set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.audit-log-path': {
        readonly title: "Ensure that the --audit-log-path argument is set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.audit-log-maxage': {
        readonly title: "Ensure that the --audit-log-maxage argument is set to 30 or as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.audit-log-maxbackup': {
        readonly title: "Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.audit-log-maxsize': {
        readonly title: "Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.request-timeout': {
        readonly title: "Ensure that the --request-timeout argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.service-account-lookup': {
        readonly title: "Ensure that the --service-account-lookup argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.service-account-key-file': {
        readonly title: "Ensure that the --service-account-key-file argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.etcd-certfile': {
        readonly title: "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.tls-cert-file': {
        readonly title: "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.client-ca-file': {
        readonly title: "Ensure that the --client-ca-file argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.etcd-cafile': {
        readonly title: "Ensure that the --etcd-cafile argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'apiserver.encryption-provider-config': {
        readonly title: "Ensure that the --encryption-provider-config argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.encryption-providers': {
        readonly title: "Ensure that encryption providers are appropriately configured";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.tls-cipher-suites': {
        readonly title: "Ensure that the API Server only makes use of Strong Cryptographic Ciphers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'apiserver.service-account-extend-token-expiration': {
        readonly title: "Ensure that the --service-account-extend-token-expiration parameter is set to false";
        readonly ids: {
            readonly '1.11': "1.2.30";
            readonly '1.12': "1.2.30";
        };
        readonly assessment: "automated";
    };
    readonly 'controller-manager.terminated-pod-gc-threshold': {
        readonly title: "Ensure that the --terminated-pod-gc-threshold argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'controller-manager.profiling': {
        readonly title: "Ensure that the --profiling argument is set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'controller-manager.use-service-account-credentials': {
        readonly title: "Ensure that the --use-service-account-credentials argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'controller-manager.service-account-private-key-file': {
        readonly title: "Ensure that the --service-account-private-key-file argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'controller-manager.root-ca-file': {
        readonly title: "Ensure that the --root-ca-file argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'controller-manager.rotate-kubelet-server-certificate': {
        readonly title: "Ensure that the RotateKubeletServerCertificate argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'controller-manager.bind-address': {
        readonly title: "Ensure that the --bind-address argument is set to 127.0.0.1";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'scheduler.profiling': {
        readonly title: "Ensure that the --profiling argument is set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'scheduler.bind-address': {
        readonly title: "Ensure that the --bind-address argument is set to 127.0.0.1";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.cert-file': {
        readonly title: "Ensure that the --cert-file and --key-file arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.client-cert-auth': {
        readonly title: "Ensure that the --client-cert-auth argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.auto-tls': {
        readonly title: "Ensure that the --auto-tls argument is not set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.peer-cert-file': {
        readonly title: "Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.peer-client-cert-auth': {
        readonly title: "Ensure that the --peer-client-cert-auth argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.peer-auto-tls': {
        readonly title: "Ensure that the --peer-auto-tls argument is not set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'etcd.unique-ca': {
        readonly title: "Ensure that a unique Certificate Authority is used for etcd";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'authentication.client-certificates-for-users': {
        readonly title: "Client certificate authentication should not be used for users";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'authentication.service-account-tokens-for-users': {
        readonly title: "Service account token authentication should not be used for users";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'authentication.bootstrap-tokens-for-users': {
        readonly title: "Bootstrap token authentication should not be used for users";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'logging.audit-policy': {
        readonly title: "Ensure that a minimal audit policy is created";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'logging.audit-policy-coverage': {
        readonly title: "Ensure that the audit policy covers key security concerns";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.kubelet-service-permissions': {
        readonly title: "Ensure that the kubelet service file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.kubelet-service-ownership': {
        readonly title: "Ensure that the kubelet service file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.proxy-kubeconfig-permissions': {
        readonly title: "If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.proxy-kubeconfig-ownership': {
        readonly title: "If proxy kubeconfig file exists ensure ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.kubelet-kubeconfig-permissions': {
        readonly title: "Ensure that the --kubeconfig kubelet.conf file permissions are set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.kubelet-kubeconfig-ownership': {
        readonly title: "Ensure that the --kubeconfig kubelet.conf file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.client-ca-permissions': {
        readonly title: "Ensure that the certificate authorities file permissions are set to 644 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.client-ca-ownership': {
        readonly title: "Ensure that the client certificate authorities file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'files.kubelet-config-permissions': {
        readonly title: "If the kubelet config.yaml configuration file is being used validate permissions set to 600 or more restrictive";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'files.kubelet-config-ownership': {
        readonly title: "If the kubelet config.yaml configuration file is being used validate file ownership is set to root:root";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.anonymous-auth': {
        readonly title: "Ensure that the --anonymous-auth argument is set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.authorization-mode': {
        readonly title: "Ensure that the --authorization-mode argument is not set to AlwaysAllow";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.client-ca-file': {
        readonly title: "Ensure that the --client-ca-file argument is set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.read-only-port': {
        readonly title: "Verify that if defined, the --read-only-port argument is set to 0";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.streaming-connection-idle-timeout': {
        readonly title: "Ensure that the --streaming-connection-idle-timeout argument is not set to 0";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.make-iptables-util-chains': {
        readonly title: "Ensure that the --make-iptables-util-chains argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.hostname-override': {
        readonly title: "Ensure that the --hostname-override argument is not set";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.event-qps': {
        readonly title: "Ensure that the eventRecordQPS argument is set to a level which ensures appropriate event capture";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.tls-cert-file': {
        readonly title: "Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.rotate-certificates': {
        readonly title: "Ensure that the --rotate-certificates argument is not set to false";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "automated";
    };
    readonly 'kubelet.rotate-server-certificates': {
        readonly title: "Verify that the RotateKubeletServerCertificate argument is set to true";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.tls-cipher-suites': {
        readonly title: "Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.pod-pids-limit': {
        readonly title: "Ensure that a limit is set on pod PIDs";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'kubelet.seccomp-default': {
        readonly title: "Ensure that the --seccomp-default parameter is set to true";
        readonly ids: {
            readonly '1.11': "4.2.14";
            readonly '1.12': "4.2.14";
        };
        readonly assessment: "manual";
    };
    readonly 'kubelet.ip-address-deny': {
        readonly title: "Ensure that the --IPAddressDeny is set to any";
        readonly ids: {
            readonly '1.11': "4.2.15";
        };
        readonly assessment: "manual";
    };
    readonly 'kube-proxy.metrics-bind-address': {
        readonly title: "Ensure that the kube-proxy metrics service is bound to localhost";
        readonly ids: {
            readonly '1.9': "4.3.1";
            readonly '1.10': "4.3.1";
            readonly '1.11': "4.3.1";
            readonly '1.12': "4.3.1";
        };
        readonly assessment: "automated";
    };
    readonly 'policies.cluster-admin-usage': {
        readonly title: "Ensure that the cluster-admin role is only used where required";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.secret-access': {
        readonly title: "Minimize access to secrets";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.wildcard-roles': {
        readonly title: "Minimize wildcard use in Roles and ClusterRoles";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.pod-create-access': {
        readonly title: "Minimize access to create pods";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.default-service-account': {
        readonly title: "Ensure that default service accounts are not actively used";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.service-account-token-mounts': {
        readonly title: "Ensure that Service Account Tokens are only mounted where necessary";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.system-masters': {
        readonly title: "Avoid use of system:masters group";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.bind-impersonate-escalate': {
        readonly title: "Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.persistent-volume-create-access': {
        readonly title: "Minimize access to create persistent volumes";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.node-proxy-access': {
        readonly title: "Minimize access to the proxy sub-resource of nodes";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.csr-approval-access': {
        readonly title: "Minimize access to the approval sub-resource of certificatesigningrequests objects";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.webhook-configuration-access': {
        readonly title: "Minimize access to webhook configuration objects";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.service-account-token-create-access': {
        readonly title: "Minimize access to the service account token creation";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.policy-control-mechanism': {
        readonly title: "Ensure that the cluster has at least one active policy control mechanism in place";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.privileged-containers': {
        readonly title: "Minimize the admission of privileged containers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.host-pid': {
        readonly title: "Minimize the admission of containers wishing to share the host process ID namespace";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.host-ipc': {
        readonly title: "Minimize the admission of containers wishing to share the host IPC namespace";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.host-network': {
        readonly title: "Minimize the admission of containers wishing to share the host network namespace";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.allow-privilege-escalation': {
        readonly title: "Minimize the admission of containers with allowPrivilegeEscalation";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.root-containers': {
        readonly title: "Minimize the admission of root containers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.net-raw-capability': {
        readonly title: "Minimize the admission of containers with the NET_RAW capability";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.added-capabilities': {
        readonly title: "Minimize the admission of containers with added capabilities";
        readonly ids: {
            readonly '1.8': "5.2.9";
            readonly '1.9': "5.2.9";
            readonly '1.10': "5.2.9";
            readonly '1.11': "5.2.9";
        };
        readonly assessment: "manual";
    };
    readonly 'policies.capabilities-assigned': {
        readonly title: "Minimize the admission of containers with capabilities assigned";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.windows-host-process': {
        readonly title: "Minimize the admission of Windows HostProcess containers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.host-path-volumes': {
        readonly title: "Minimize the admission of HostPath volumes";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.host-ports': {
        readonly title: "Minimize the admission of containers which use HostPorts";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.cni-network-policy-support': {
        readonly title: "Ensure that the CNI in use supports NetworkPolicies";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.namespace-network-policies': {
        readonly title: "Ensure that all Namespaces have NetworkPolicies defined";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.secrets-as-files': {
        readonly title: "Prefer using Secrets as files over Secrets as environment variables";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.external-secret-storage': {
        readonly title: "Consider external secret storage";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.image-provenance': {
        readonly title: "Configure Image Provenance using ImagePolicyWebhook admission controller";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.namespace-boundaries': {
        readonly title: "Create administrative boundaries between resources using namespaces";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.seccomp-profile': {
        readonly title: "Ensure that the seccomp profile is set to docker/default in your Pod definitions";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.security-context': {
        readonly title: "Apply SecurityContext to your Pods and Containers";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
    readonly 'policies.default-namespace': {
        readonly title: "The default namespace should not be used";
        readonly ids: Readonly<Record<"1.8" | "1.9" | "1.10" | "1.11" | "1.12", string>>;
        readonly assessment: "manual";
    };
};
/** A CIS recommendation, named by what it tests. */
export type CisKey = keyof typeof CIS_RECOMMENDATIONS;
