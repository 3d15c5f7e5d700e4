export declare function isClusterScoped(kind: string): boolean;
/** "apps/v1" → "apps"; "v1" → "" (the core group). */
export declare function apiGroup(apiVersion: string): string;
/** Namespaces Kubernetes itself creates; user workloads do not belong there. */
export declare const SYSTEM_NAMESPACES: ReadonlySet<string>;
/**
 * Component configuration files (KubeletConfiguration, EncryptionConfiguration, an audit Policy,
 * AdmissionConfiguration, kubeadm's ClusterConfiguration...) are read by components from disk, not
 * served by the API: they carry no metadata and belong to no namespace.
 */
export declare function isComponentConfig(apiVersion: string): boolean;
