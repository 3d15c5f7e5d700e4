/**
 * Test fixtures: static pod manifests and kubelet configuration as kubeadm v1.31 writes them
 * (`kubeadm init`, /etc/kubernetes/manifests and /var/lib/kubelet/config.yaml), hardened to pass
 * every CIS recommendation that configuration decides. Tests change one flag or field at a time.
 */
function command(program, flags, edits) {
    const map = new Map(flags);
    for (const [k, v] of Object.entries(edits)) {
        if (v === null)
            map.delete(k);
        else
            map.set(k, v);
    }
    return [`    - ${program}`, ...[...map].map(([k, v]) => `    - ${v === '' ? `--${k}` : `--${k}=${v}`}`)].join('\n');
}
export const HARDENED_CIPHERS = 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384';
const APISERVER_FLAGS = [
    ['admission-control-config-file', '/etc/kubernetes/admission/admission.yaml'],
    ['advertise-address', '10.0.0.10'],
    ['allow-privileged', 'true'],
    ['anonymous-auth', 'false'],
    ['audit-log-maxage', '30'],
    ['audit-log-maxbackup', '10'],
    ['audit-log-maxsize', '100'],
    ['audit-log-path', '/var/log/kubernetes/audit/audit.log'],
    ['audit-policy-file', '/etc/kubernetes/audit/policy.yaml'],
    ['authorization-mode', 'Node,RBAC'],
    ['client-ca-file', '/etc/kubernetes/pki/ca.crt'],
    ['enable-admission-plugins', 'NodeRestriction,EventRateLimit,AlwaysPullImages,DenyServiceExternalIPs'],
    ['enable-bootstrap-token-auth', 'true'],
    ['encryption-provider-config', '/etc/kubernetes/enc/encryption-config.yaml'],
    ['etcd-cafile', '/etc/kubernetes/pki/etcd/ca.crt'],
    ['etcd-certfile', '/etc/kubernetes/pki/apiserver-etcd-client.crt'],
    ['etcd-keyfile', '/etc/kubernetes/pki/apiserver-etcd-client.key'],
    ['etcd-servers', 'https://127.0.0.1:2379'],
    ['kubelet-certificate-authority', '/etc/kubernetes/pki/ca.crt'],
    ['kubelet-client-certificate', '/etc/kubernetes/pki/apiserver-kubelet-client.crt'],
    ['kubelet-client-key', '/etc/kubernetes/pki/apiserver-kubelet-client.key'],
    ['kubelet-preferred-address-types', 'InternalIP,ExternalIP,Hostname'],
    ['profiling', 'false'],
    ['proxy-client-cert-file', '/etc/kubernetes/pki/front-proxy-client.crt'],
    ['proxy-client-key-file', '/etc/kubernetes/pki/front-proxy-client.key'],
    ['requestheader-allowed-names', 'front-proxy-client'],
    ['requestheader-client-ca-file', '/etc/kubernetes/pki/front-proxy-ca.crt'],
    ['requestheader-extra-headers-prefix', 'X-Remote-Extra-'],
    ['requestheader-group-headers', 'X-Remote-Group'],
    ['requestheader-username-headers', 'X-Remote-User'],
    ['secure-port', '6443'],
    ['service-account-extend-token-expiration', 'false'],
    ['service-account-issuer', 'https://kubernetes.default.svc.cluster.local'],
    ['service-account-key-file', '/etc/kubernetes/pki/sa.pub'],
    ['service-account-signing-key-file', '/etc/kubernetes/pki/sa.key'],
    ['service-cluster-ip-range', '10.96.0.0/12'],
    ['tls-cert-file', '/etc/kubernetes/pki/apiserver.crt'],
    ['tls-cipher-suites', HARDENED_CIPHERS],
    ['tls-private-key-file', '/etc/kubernetes/pki/apiserver.key'],
];
/** A hardened kube-apiserver static pod; the command starts on line 14 (`- kube-apiserver`). */
export function kubeApiServer(edits = {}, image = 'registry.k8s.io/kube-apiserver:v1.31.2') {
    return `apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint: 10.0.0.10:6443
  labels:
    component: kube-apiserver
    tier: control-plane
  name: kube-apiserver
  namespace: kube-system
spec:
  containers:
  - command:
${command('kube-apiserver', APISERVER_FLAGS, edits)}
    image: ${image}
    imagePullPolicy: IfNotPresent
    livenessProbe:
      failureThreshold: 8
      httpGet:
        host: 10.0.0.10
        path: /livez
        port: 6443
        scheme: HTTPS
      initialDelaySeconds: 10
      periodSeconds: 10
      timeoutSeconds: 15
    name: kube-apiserver
    resources:
      requests:
        cpu: 250m
    volumeMounts:
    - mountPath: /etc/ssl/certs
      name: ca-certs
      readOnly: true
    - mountPath: /etc/kubernetes/pki
      name: k8s-certs
      readOnly: true
    - mountPath: /etc/kubernetes/audit
      name: audit-policy
      readOnly: true
    - mountPath: /var/log/kubernetes/audit
      name: audit-log
    - mountPath: /etc/kubernetes/enc
      name: encryption-config
      readOnly: true
    - mountPath: /etc/kubernetes/admission
      name: admission-config
      readOnly: true
  hostNetwork: true
  priority: 2000001000
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/ssl/certs
      type: DirectoryOrCreate
    name: ca-certs
  - hostPath:
      path: /etc/kubernetes/pki
      type: DirectoryOrCreate
    name: k8s-certs
  - hostPath:
      path: /etc/kubernetes/audit
      type: DirectoryOrCreate
    name: audit-policy
  - hostPath:
      path: /var/log/kubernetes/audit
      type: DirectoryOrCreate
    name: audit-log
  - hostPath:
      path: /etc/kubernetes/enc
      type: DirectoryOrCreate
    name: encryption-config
  - hostPath:
      path: /etc/kubernetes/admission
      type: DirectoryOrCreate
    name: admission-config
status: {}
`;
}
const CONTROLLER_MANAGER_FLAGS = [
    ['allocate-node-cidrs', 'true'],
    ['authentication-kubeconfig', '/etc/kubernetes/controller-manager.conf'],
    ['authorization-kubeconfig', '/etc/kubernetes/controller-manager.conf'],
    ['bind-address', '127.0.0.1'],
    ['client-ca-file', '/etc/kubernetes/pki/ca.crt'],
    ['cluster-cidr', '10.244.0.0/16'],
    ['cluster-name', 'kubernetes'],
    ['cluster-signing-cert-file', '/etc/kubernetes/pki/ca.crt'],
    ['cluster-signing-key-file', '/etc/kubernetes/pki/ca.key'],
    ['controllers', '*,bootstrapsigner,tokencleaner'],
    ['feature-gates', 'RotateKubeletServerCertificate=true'],
    ['kubeconfig', '/etc/kubernetes/controller-manager.conf'],
    ['leader-elect', 'true'],
    ['profiling', 'false'],
    ['requestheader-client-ca-file', '/etc/kubernetes/pki/front-proxy-ca.crt'],
    ['root-ca-file', '/etc/kubernetes/pki/ca.crt'],
    ['service-account-private-key-file', '/etc/kubernetes/pki/sa.key'],
    ['service-cluster-ip-range', '10.96.0.0/12'],
    ['terminated-pod-gc-threshold', '10'],
    ['use-service-account-credentials', 'true'],
];
export function kubeControllerManager(edits = {}) {
    return `apiVersion: v1
kind: Pod
metadata:
  labels:
    component: kube-controller-manager
    tier: control-plane
  name: kube-controller-manager
  namespace: kube-system
spec:
  containers:
  - command:
${command('kube-controller-manager', CONTROLLER_MANAGER_FLAGS, edits)}
    image: registry.k8s.io/kube-controller-manager:v1.31.2
    imagePullPolicy: IfNotPresent
    name: kube-controller-manager
    resources:
      requests:
        cpu: 200m
    volumeMounts:
    - mountPath: /etc/ssl/certs
      name: ca-certs
      readOnly: true
    - mountPath: /usr/libexec/kubernetes/kubelet-plugins/volume/exec
      name: flexvolume-dir
    - mountPath: /etc/kubernetes/pki
      name: k8s-certs
      readOnly: true
    - mountPath: /etc/kubernetes/controller-manager.conf
      name: kubeconfig
      readOnly: true
  hostNetwork: true
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/ssl/certs
      type: DirectoryOrCreate
    name: ca-certs
  - hostPath:
      path: /usr/libexec/kubernetes/kubelet-plugins/volume/exec
      type: DirectoryOrCreate
    name: flexvolume-dir
  - hostPath:
      path: /etc/kubernetes/pki
      type: DirectoryOrCreate
    name: k8s-certs
  - hostPath:
      path: /etc/kubernetes/controller-manager.conf
      type: FileOrCreate
    name: kubeconfig
status: {}
`;
}
const SCHEDULER_FLAGS = [
    ['authentication-kubeconfig', '/etc/kubernetes/scheduler.conf'],
    ['authorization-kubeconfig', '/etc/kubernetes/scheduler.conf'],
    ['bind-address', '127.0.0.1'],
    ['kubeconfig', '/etc/kubernetes/scheduler.conf'],
    ['leader-elect', 'true'],
    ['profiling', 'false'],
];
export function kubeScheduler(edits = {}) {
    return `apiVersion: v1
kind: Pod
metadata:
  labels:
    component: kube-scheduler
    tier: control-plane
  name: kube-scheduler
  namespace: kube-system
spec:
  containers:
  - command:
${command('kube-scheduler', SCHEDULER_FLAGS, edits)}
    image: registry.k8s.io/kube-scheduler:v1.31.2
    imagePullPolicy: IfNotPresent
    name: kube-scheduler
    resources:
      requests:
        cpu: 100m
    volumeMounts:
    - mountPath: /etc/kubernetes/scheduler.conf
      name: kubeconfig
      readOnly: true
  hostNetwork: true
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/kubernetes/scheduler.conf
      type: FileOrCreate
    name: kubeconfig
status: {}
`;
}
const ETCD_FLAGS = [
    ['advertise-client-urls', 'https://10.0.0.10:2379'],
    ['cert-file', '/etc/kubernetes/pki/etcd/server.crt'],
    ['client-cert-auth', 'true'],
    ['data-dir', '/var/lib/etcd'],
    ['experimental-initial-corrupt-check', 'true'],
    ['experimental-watch-progress-notify-interval', '5s'],
    ['initial-advertise-peer-urls', 'https://10.0.0.10:2380'],
    ['initial-cluster', 'cp-1=https://10.0.0.10:2380'],
    ['key-file', '/etc/kubernetes/pki/etcd/server.key'],
    ['listen-client-urls', 'https://127.0.0.1:2379,https://10.0.0.10:2379'],
    ['listen-metrics-urls', 'http://127.0.0.1:2381'],
    ['listen-peer-urls', 'https://10.0.0.10:2380'],
    ['name', 'cp-1'],
    ['peer-cert-file', '/etc/kubernetes/pki/etcd/peer.crt'],
    ['peer-client-cert-auth', 'true'],
    ['peer-key-file', '/etc/kubernetes/pki/etcd/peer.key'],
    ['peer-trusted-ca-file', '/etc/kubernetes/pki/etcd/ca.crt'],
    ['snapshot-count', '10000'],
    ['trusted-ca-file', '/etc/kubernetes/pki/etcd/ca.crt'],
];
export function etcd(edits = {}) {
    return `apiVersion: v1
kind: Pod
metadata:
  annotations:
    kubeadm.kubernetes.io/etcd.advertise-client-urls: https://10.0.0.10:2379
  labels:
    component: etcd
    tier: control-plane
  name: etcd
  namespace: kube-system
spec:
  containers:
  - command:
${command('etcd', ETCD_FLAGS, edits)}
    image: registry.k8s.io/etcd:3.5.15-0
    imagePullPolicy: IfNotPresent
    name: etcd
    resources:
      requests:
        cpu: 100m
        memory: 100Mi
    volumeMounts:
    - mountPath: /var/lib/etcd
      name: etcd-data
    - mountPath: /etc/kubernetes/pki/etcd
      name: etcd-certs
  hostNetwork: true
  priorityClassName: system-node-critical
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  volumes:
  - hostPath:
      path: /etc/kubernetes/pki/etcd
      type: DirectoryOrCreate
    name: etcd-certs
  - hostPath:
      path: /var/lib/etcd
      type: DirectoryOrCreate
    name: etcd-data
status: {}
`;
}
const KUBELET_FIELDS = [
    ['authentication', '\n  anonymous:\n    enabled: false\n  webhook:\n    cacheTTL: 0s\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt'],
    ['authorization', '\n  mode: Webhook\n  webhook:\n    cacheAuthorizedTTL: 0s\n    cacheUnauthorizedTTL: 0s'],
    ['cgroupDriver', 'systemd'],
    ['clusterDNS', '\n- 10.96.0.10'],
    ['clusterDomain', 'cluster.local'],
    ['containerRuntimeEndpoint', 'unix:///var/run/containerd/containerd.sock'],
    ['eventRecordQPS', '50'],
    ['healthzBindAddress', '127.0.0.1'],
    ['healthzPort', '10248'],
    ['makeIPTablesUtilChains', 'true'],
    ['podPidsLimit', '4096'],
    ['protectKernelDefaults', 'true'],
    ['readOnlyPort', '0'],
    ['rotateCertificates', 'true'],
    ['seccompDefault', 'true'],
    ['serverTLSBootstrap', 'true'],
    ['staticPodPath', '/etc/kubernetes/manifests'],
    ['streamingConnectionIdleTimeout', '5m'],
    ['tlsCipherSuites', `[${HARDENED_CIPHERS}]`],
];
/** A hardened /var/lib/kubelet/config.yaml as kubeadm writes it, named after its node. */
export function kubeletConfig(edits = {}, name = 'worker-1') {
    const map = new Map(KUBELET_FIELDS);
    for (const [k, v] of Object.entries(edits)) {
        if (v === null)
            map.delete(k);
        else
            map.set(k, v);
    }
    const lines = [...map].map(([k, v]) => (v.startsWith('\n') ? `${k}:${v}` : `${k}: ${v}`));
    return `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nmetadata:\n  name: ${name}\n${lines.join('\n')}\n`;
}
/** The kubelet's command line as kubeadm's systemd drop-in starts it, as a CommandLine object. */
/** With `config` false, no --config: the kubelet runs on its command-line defaults. */
export function kubeletCommandLine(flags = [], name = 'worker-1', config = true) {
    const argv = [
        '/usr/bin/kubelet',
        '--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf',
        '--kubeconfig=/etc/kubernetes/kubelet.conf',
        ...(config ? ['--config=/var/lib/kubelet/config.yaml'] : []),
        '--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock',
        '--pod-infra-container-image=registry.k8s.io/pause:3.10',
        ...flags,
    ];
    return `apiVersion: node.rampart.dev/v1\nkind: CommandLine\nmetadata:\n  name: kubelet-${name}\nnode: ${name}\ncommand:\n${argv.map((a) => `- ${JSON.stringify(a)}`).join('\n')}\n`;
}
//# sourceMappingURL=kubeadm-fixtures.js.map