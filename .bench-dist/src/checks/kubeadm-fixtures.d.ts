/**
 * Test fixtures: static pod manifests and kubelet configuration as kubeadm v1.31 writes them
 * (`kubeadm init`, /etc/kubernetes/manifests and /var/lib/kubelet/config.yaml), hardened to pass
 * every CIS recommendation that configuration decides. Tests change one flag or field at a time.
 */
/** Flag edits: a value sets (or adds) `--name=value`; null removes the flag. */
export type FlagEdits = Readonly<Record<string, string | null>>;
export declare const HARDENED_CIPHERS = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384";
/** A hardened kube-apiserver static pod; the command starts on line 14 (`- kube-apiserver`). */
export declare function kubeApiServer(edits?: FlagEdits, image?: string): string;
export declare function kubeControllerManager(edits?: FlagEdits): string;
export declare function kubeScheduler(edits?: FlagEdits): string;
export declare function etcd(edits?: FlagEdits): string;
/** Field edits for a KubeletConfiguration: top-level YAML lines replaced or added (null removes). */
export type FieldEdits = Readonly<Record<string, string | null>>;
/** A hardened /var/lib/kubelet/config.yaml as kubeadm writes it, named after its node. */
export declare function kubeletConfig(edits?: FieldEdits, name?: string): string;
/** The kubelet's command line as kubeadm's systemd drop-in starts it, as a CommandLine object. */
/** With `config` false, no --config: the kubelet runs on its command-line defaults. */
export declare function kubeletCommandLine(flags?: readonly string[], name?: string, config?: boolean): string;
