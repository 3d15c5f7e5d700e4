import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { type Component } from './components.js';
/**
 * The kubelet's effective configuration, as the kubelet builds it:
 *  - without `--config`, every field starts from the command-line defaults, which keep the
 *    kubelet's historic insecure values (anonymous auth on, AlwaysAllow, read-only port 10255:
 *    `applyLegacyDefaults` in cmd/kubelet/app/options/options.go);
 *  - with `--config`, the file is read with the KubeletConfiguration v1beta1 defaults
 *    (pkg/kubelet/apis/config/v1beta1/defaults.go: anonymous off, Webhook, no read-only port);
 *  - flags given on the command line then override the file ("flags take precedence", the
 *    documented order; `--feature-gates` merges key by key).
 * Some v1beta1 fields are defaulted when zero, so the file cannot set them to zero:
 * `streamingConnectionIdleTimeout: 0s` reads as 4h; only the flag can make it 0.
 */
export type KubeletFieldType = 'bool' | 'int' | 'string' | 'duration' | 'list';
export interface KubeletField {
    /** The command-line flag. */
    readonly flag: string;
    /** The field's path in KubeletConfiguration; undefined for flag-only settings. */
    readonly path?: readonly string[];
    readonly type: KubeletFieldType;
    /** The value when a config file is used and does not set the field (v1beta1 defaulting). */
    readonly fileDefault: unknown;
    /** The value without a config file (the command-line defaults). */
    readonly flagDefault: unknown;
    /** The file's value is replaced by the default when it is the zero value (e.g. 0s → 4h). */
    readonly zeroMeansDefault?: boolean;
}
export declare const KUBELET_FIELDS: {
    readonly anonymousAuth: {
        readonly flag: "anonymous-auth";
        readonly path: readonly ["authentication", "anonymous", "enabled"];
        readonly type: "bool";
        readonly fileDefault: false;
        readonly flagDefault: true;
    };
    readonly webhookAuthentication: {
        readonly flag: "authentication-token-webhook";
        readonly path: readonly ["authentication", "webhook", "enabled"];
        readonly type: "bool";
        readonly fileDefault: true;
        readonly flagDefault: false;
    };
    readonly clientCAFile: {
        readonly flag: "client-ca-file";
        readonly path: readonly ["authentication", "x509", "clientCAFile"];
        readonly type: "string";
        readonly fileDefault: "";
        readonly flagDefault: "";
    };
    readonly authorizationMode: {
        readonly flag: "authorization-mode";
        readonly path: readonly ["authorization", "mode"];
        readonly type: "string";
        readonly fileDefault: "Webhook";
        readonly flagDefault: "AlwaysAllow";
        readonly zeroMeansDefault: true;
    };
    readonly readOnlyPort: {
        readonly flag: "read-only-port";
        readonly path: readonly ["readOnlyPort"];
        readonly type: "int";
        readonly fileDefault: 0;
        readonly flagDefault: 10255;
    };
    readonly address: {
        readonly flag: "address";
        readonly path: readonly ["address"];
        readonly type: "string";
        readonly fileDefault: "0.0.0.0";
        readonly flagDefault: "0.0.0.0";
        readonly zeroMeansDefault: true;
    };
    readonly streamingConnectionIdleTimeout: {
        readonly flag: "streaming-connection-idle-timeout";
        readonly path: readonly ["streamingConnectionIdleTimeout"];
        readonly type: "duration";
        readonly fileDefault: number;
        readonly flagDefault: number;
        readonly zeroMeansDefault: true;
    };
    readonly protectKernelDefaults: {
        readonly flag: "protect-kernel-defaults";
        readonly path: readonly ["protectKernelDefaults"];
        readonly type: "bool";
        readonly fileDefault: false;
        readonly flagDefault: false;
    };
    readonly makeIPTablesUtilChains: {
        readonly flag: "make-iptables-util-chains";
        readonly path: readonly ["makeIPTablesUtilChains"];
        readonly type: "bool";
        readonly fileDefault: true;
        readonly flagDefault: true;
    };
    readonly hostnameOverride: {
        readonly flag: "hostname-override";
        readonly type: "string";
        readonly fileDefault: "";
        readonly flagDefault: "";
    };
    readonly eventRecordQPS: {
        readonly flag: "event-qps";
        readonly path: readonly ["eventRecordQPS"];
        readonly type: "int";
        readonly fileDefault: 50;
        readonly flagDefault: 50;
    };
    readonly tlsCertFile: {
        readonly flag: "tls-cert-file";
        readonly path: readonly ["tlsCertFile"];
        readonly type: "string";
        readonly fileDefault: "";
        readonly flagDefault: "";
    };
    readonly tlsPrivateKeyFile: {
        readonly flag: "tls-private-key-file";
        readonly path: readonly ["tlsPrivateKeyFile"];
        readonly type: "string";
        readonly fileDefault: "";
        readonly flagDefault: "";
    };
    readonly rotateCertificates: {
        readonly flag: "rotate-certificates";
        readonly path: readonly ["rotateCertificates"];
        readonly type: "bool";
        readonly fileDefault: false;
        readonly flagDefault: false;
    };
    readonly serverTLSBootstrap: {
        readonly flag: "rotate-server-certificates";
        readonly path: readonly ["serverTLSBootstrap"];
        readonly type: "bool";
        readonly fileDefault: false;
        readonly flagDefault: false;
    };
    readonly tlsCipherSuites: {
        readonly flag: "tls-cipher-suites";
        readonly path: readonly ["tlsCipherSuites"];
        readonly type: "list";
        readonly fileDefault: readonly [];
        readonly flagDefault: readonly [];
    };
    readonly tlsMinVersion: {
        readonly flag: "tls-min-version";
        readonly path: readonly ["tlsMinVersion"];
        readonly type: "string";
        readonly fileDefault: "";
        readonly flagDefault: "";
    };
    readonly podPidsLimit: {
        readonly flag: "pod-max-pids";
        readonly path: readonly ["podPidsLimit"];
        readonly type: "int";
        readonly fileDefault: -1;
        readonly flagDefault: -1;
    };
    readonly seccompDefault: {
        readonly flag: "seccomp-default";
        readonly path: readonly ["seccompDefault"];
        readonly type: "bool";
        readonly fileDefault: false;
        readonly flagDefault: false;
    };
};
export type KubeletFieldName = keyof typeof KUBELET_FIELDS;
/** Where an effective value comes from; `pointer` is where to change it. */
export type Provenance = {
    readonly source: 'flag';
    readonly object: InventoryObject;
    readonly pointer: string;
    readonly text: string;
} | {
    readonly source: 'file';
    readonly object: InventoryObject;
    readonly pointer: string;
} | {
    readonly source: 'default';
    readonly object: InventoryObject;
    readonly pointer: string;
    readonly defaults: 'file' | 'command-line';
};
export interface Setting<T> {
    readonly value: T;
    readonly from: Provenance;
}
export interface Kubelet {
    /** The node's name when known, else the config or flags file's name. */
    readonly name: string;
    readonly commandLine?: Component;
    readonly config?: InventoryObject;
    /** `--config` names a file that is not in the input: settings the flags do not fix are unknown. */
    readonly configMissing?: string;
    /** The object a finding about this kubelet is reported on (the config file, else the command line). */
    readonly object: InventoryObject;
    /** The effective value of a field, or undefined when it cannot be known from the input. */
    get<K extends KubeletFieldName>(field: K): Setting<ValueOf<K>> | undefined;
    /** The effective state of a feature gate (config `featureGates` merged with `--feature-gates`), or undefined when unset. */
    featureGate(name: string): Setting<boolean> | undefined;
}
type ValueOf<K extends KubeletFieldName> = (typeof KUBELET_FIELDS)[K]['type'] extends 'bool' ? boolean : (typeof KUBELET_FIELDS)[K]['type'] extends 'int' | 'duration' ? number : (typeof KUBELET_FIELDS)[K]['type'] extends 'list' ? readonly string[] : string;
/** Every kubelet the input describes: command lines paired with their config files, and lone config files. */
export declare function findKubelets(inventory: Inventory): readonly Kubelet[];
export {};
