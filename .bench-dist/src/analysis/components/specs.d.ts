import type { FlagTypes } from './flags.js';
/** The Kubernetes components Rampart recognizes by their command line. */
export declare const COMPONENT_TYPES: readonly ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd", "kube-proxy", "kubelet"];
export type ComponentType = (typeof COMPONENT_TYPES)[number];
export declare function isComponentType(s: string): s is ComponentType;
/** hyperkube's sub-command names for each component (`hyperkube apiserver ...`). */
export declare const HYPERKUBE_ALIASES: Readonly<Record<string, ComponentType>>;
/**
 * The flags whose type matters for parsing (booleans, lists) or that checks read, per component,
 * from each component's `--help` (Kubernetes v1.29-v1.33; removed flags kept so old command lines
 * parse). Flags not listed are taken as string-valued.
 */
export declare const FLAG_TYPES: Readonly<Record<ComponentType, FlagTypes>>;
/**
 * kube-apiserver's admission plugins on by default (`--enable-admission-plugins` adds to them,
 * `--disable-admission-plugins` removes), from `kube-apiserver --help` of v1.30-v1.33. NodeRestriction,
 * EventRateLimit, AlwaysPullImages and DenyServiceExternalIPs are not among them.
 */
export declare const DEFAULT_ADMISSION_PLUGINS: readonly string[];
/**
 * TLS cipher suites Go implements that CIS accepts for the API server and kubelet: AEAD suites with
 * forward secrecy (ECDHE with AES-GCM or ChaCha20-Poly1305) and the TLS 1.3 suites. CBC, 3DES, RC4
 * and static-RSA key exchange are weak (Sweet32, Lucky13, no forward secrecy).
 */
export declare const STRONG_CIPHER_SUITES: ReadonlySet<string>;
/** `--tls-min-version` values, as crypto/tls names them. */
export declare const TLS_VERSIONS: readonly ["VersionTLS10", "VersionTLS11", "VersionTLS12", "VersionTLS13"];
