import type { CisVersion } from '../../frameworks/cis/types.js';
import type { FlagTypes } from './flags.js';

/** The Kubernetes components Rampart recognizes by their command line. */
export const COMPONENT_TYPES = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd', 'kube-proxy', 'kubelet'] as const;
export type ComponentType = (typeof COMPONENT_TYPES)[number];

export function isComponentType(s: string): s is ComponentType {
  return (COMPONENT_TYPES as readonly string[]).includes(s);
}

/** hyperkube's sub-command names for each component (`hyperkube apiserver ...`). */
export const HYPERKUBE_ALIASES: Readonly<Record<string, ComponentType>> = {
  apiserver: 'kube-apiserver',
  'kube-apiserver': 'kube-apiserver',
  'controller-manager': 'kube-controller-manager',
  'kube-controller-manager': 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  'kube-scheduler': 'kube-scheduler',
  proxy: 'kube-proxy',
  'kube-proxy': 'kube-proxy',
  kubelet: 'kubelet',
};

const set = (...names: string[]): ReadonlySet<string> => new Set(names);

/**
 * The flags whose type matters for parsing (booleans, lists) or that checks read, per component,
 * from each component's `--help` (Kubernetes v1.29-v1.33; removed flags kept so old command lines
 * parse). Flags not listed are taken as string-valued.
 */
export const FLAG_TYPES: Readonly<Record<ComponentType, FlagTypes>> = {
  'kube-apiserver': {
    syntax: 'pflag',
    booleans: set(
      'allow-privileged',
      'anonymous-auth',
      'audit-log-compress',
      'contention-profiling',
      'enable-aggregator-routing',
      'enable-bootstrap-token-auth',
      'enable-garbage-collector',
      'enable-logs-handler',
      'enable-priority-and-fairness',
      'kubelet-https',
      'profiling',
      'service-account-extend-token-expiration',
      'service-account-lookup',
      'watch-cache',
      'storage-backend-etcd3-compaction',
      'strict-transport-security-directives-preload',
      'help',
      'version',
    ),
    lists: set(
      'admission-control',
      'api-audiences',
      'authorization-mode',
      'cors-allowed-origins',
      'disable-admission-plugins',
      'enable-admission-plugins',
      'etcd-servers',
      'feature-gates',
      'runtime-config',
      'tls-cipher-suites',
      'kubelet-preferred-address-types',
      'requestheader-allowed-names',
      'service-cluster-ip-range',
    ),
    arrays: set('service-account-key-file', 'service-account-issuer', 'tls-sni-cert-key'),
    values: set(
      'admission-control-config-file',
      'audit-log-maxage',
      'audit-log-maxbackup',
      'audit-log-maxsize',
      'audit-log-path',
      'audit-policy-file',
      'authentication-config',
      'authorization-config',
      'bind-address',
      'client-ca-file',
      'encryption-provider-config',
      'etcd-cafile',
      'etcd-certfile',
      'etcd-keyfile',
      'insecure-bind-address',
      'insecure-port',
      'kubelet-certificate-authority',
      'kubelet-client-certificate',
      'kubelet-client-key',
      'request-timeout',
      'secure-port',
      'service-account-signing-key-file',
      'tls-cert-file',
      'tls-min-version',
      'tls-private-key-file',
      'token-auth-file',
    ),
  },
  'kube-controller-manager': {
    syntax: 'pflag',
    booleans: set('allocate-node-cidrs', 'configure-cloud-routes', 'contention-profiling', 'enable-garbage-collector', 'enable-hostpath-provisioner', 'leader-elect', 'profiling', 'use-service-account-credentials', 'help', 'version'),
    lists: set('controllers', 'feature-gates', 'tls-cipher-suites'),
    values: set('bind-address', 'root-ca-file', 'service-account-private-key-file', 'terminated-pod-gc-threshold', 'kubeconfig', 'tls-min-version', 'secure-port', 'port', 'address'),
  },
  'kube-scheduler': {
    syntax: 'pflag',
    booleans: set('contention-profiling', 'leader-elect', 'profiling', 'help', 'version'),
    lists: set('feature-gates', 'tls-cipher-suites'),
    values: set('bind-address', 'config', 'kubeconfig', 'tls-min-version', 'secure-port', 'port', 'address'),
  },
  etcd: {
    syntax: 'goflag',
    booleans: set(
      'auto-tls',
      'client-cert-auth',
      'enable-pprof',
      'enable-v2',
      'experimental-initial-corrupt-check',
      'force-new-cluster',
      'peer-auto-tls',
      'peer-client-cert-auth',
      'strict-reconfig-check',
      'help',
      'version',
    ),
    values: set('cert-file', 'key-file', 'trusted-ca-file', 'peer-cert-file', 'peer-key-file', 'peer-trusted-ca-file', 'data-dir', 'config-file', 'listen-client-urls', 'listen-peer-urls', 'cipher-suites', 'tls-min-version'),
  },
  'kube-proxy': {
    syntax: 'pflag',
    booleans: set('cleanup', 'masquerade-all', 'profiling', 'help', 'version'),
    lists: set('feature-gates', 'nodeport-addresses'),
    values: set('config', 'metrics-bind-address', 'healthz-bind-address', 'bind-address', 'hostname-override', 'kubeconfig'),
  },
  kubelet: {
    syntax: 'pflag',
    booleans: set(
      'anonymous-auth',
      'authentication-token-webhook',
      'cgroups-per-qos',
      'enable-controller-attach-detach',
      'enable-debugging-handlers',
      'enable-server',
      'exit-on-lock-contention',
      'fail-swap-on',
      'make-iptables-util-chains',
      'protect-kernel-defaults',
      'register-node',
      'register-schedulable',
      'rotate-certificates',
      'rotate-server-certificates',
      'seccomp-default',
      'serialize-image-pulls',
      'help',
      'version',
    ),
    lists: set('feature-gates', 'tls-cipher-suites', 'cluster-dns', 'node-labels', 'register-with-taints', 'eviction-hard', 'kube-reserved', 'system-reserved'),
    values: set(
      'address',
      'authorization-mode',
      'client-ca-file',
      'config',
      'config-dir',
      'event-qps',
      'hostname-override',
      'kubeconfig',
      'bootstrap-kubeconfig',
      'pod-max-pids',
      'port',
      'read-only-port',
      'streaming-connection-idle-timeout',
      'tls-cert-file',
      'tls-min-version',
      'tls-private-key-file',
      'container-runtime-endpoint',
    ),
  },
};

/**
 * kube-apiserver's admission plugins on by default (`--enable-admission-plugins` adds to them,
 * `--disable-admission-plugins` removes), from `kube-apiserver --help` of v1.30-v1.33. NodeRestriction,
 * EventRateLimit, AlwaysPullImages and DenyServiceExternalIPs are not among them.
 */
export const DEFAULT_ADMISSION_PLUGINS: readonly string[] = [
  'CertificateApproval',
  'CertificateSigning',
  'CertificateSubjectRestriction',
  'ClusterTrustBundleAttest',
  'DefaultIngressClass',
  'DefaultStorageClass',
  'DefaultTolerationSeconds',
  'LimitRanger',
  'MutatingAdmissionWebhook',
  'NamespaceLifecycle',
  'PersistentVolumeClaimResize',
  'PodSecurity',
  'Priority',
  'ResourceQuota',
  'RuntimeClass',
  'ServiceAccount',
  'StorageObjectInUseProtection',
  'TaintNodesByCondition',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionWebhook',
];

/**
 * TLS cipher suites Go implements that CIS accepts for the API server and kubelet: AEAD suites with
 * forward secrecy (ECDHE with AES-GCM or ChaCha20-Poly1305) and the TLS 1.3 suites. CBC, 3DES, RC4
 * and static-RSA key exchange are weak (Sweet32, Lucky13, no forward secrecy).
 */
export const STRONG_CIPHER_SUITES: ReadonlySet<string> = new Set([
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
]);

const AEAD_ECDHE = ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384'];
const ECDHE_CBC = ['TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA', 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA'];
const LEGACY = ['TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', 'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA', 'TLS_RSA_WITH_AES_256_GCM_SHA384'];
const API_1_12 = [...STRONG_CIPHER_SUITES];

/**
 * The cipher suites each CIS benchmark version accepts (its remediation lists "or a subset of these
 * values"), as kube-bench's cfg/cis-1.N tests them: for the API server (1.2.29, 1.2.30 in v1.8) v1.8
 * and v1.9 still list CBC, 3DES and static-RSA suites, v1.10 and v1.11 drop 3DES and static RSA, v1.12
 * keeps only AEAD suites with forward secrecy; for the kubelet (4.2.12) every version lists the six
 * ECDHE AEAD suites, and v1.8 to v1.11 also the two static-RSA GCM suites.
 */
export const CIS_CIPHER_SUITES: Readonly<Record<'kube-apiserver' | 'kubelet', Readonly<Record<CisVersion, ReadonlySet<string>>>>> = {
  'kube-apiserver': {
    '1.8': new Set([...API_1_12, ...ECDHE_CBC, ...LEGACY]),
    '1.9': new Set([...API_1_12, ...ECDHE_CBC, ...LEGACY]),
    '1.10': new Set([...API_1_12, ...ECDHE_CBC]),
    '1.11': new Set([...API_1_12, ...ECDHE_CBC]),
    '1.12': new Set(API_1_12),
  },
  kubelet: {
    '1.8': new Set([...AEAD_ECDHE, 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256']),
    '1.9': new Set([...AEAD_ECDHE, 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256']),
    '1.10': new Set([...AEAD_ECDHE, 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256']),
    '1.11': new Set([...AEAD_ECDHE, 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256']),
    '1.12': new Set(AEAD_ECDHE),
  },
};

/** `--tls-min-version` values, as crypto/tls names them. */
export const TLS_VERSIONS = ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'] as const;
