/**
 * Kubernetes-shaped types for the fields Rampart reads. Objects come from user input, so every
 * field is optional unless the loader guarantees it (apiVersion, kind, metadata.name).
 */
export interface ObjectMeta {
    readonly name: string;
    readonly namespace?: string;
    readonly generateName?: string;
    readonly labels?: Readonly<Record<string, string>>;
    readonly annotations?: Readonly<Record<string, string>>;
    readonly uid?: string;
    readonly ownerReferences?: readonly {
        kind: string;
        name: string;
        apiVersion?: string;
    }[];
}
/** The minimal base every loaded object satisfies. */
export interface KubernetesObject {
    readonly apiVersion: string;
    readonly kind: string;
    readonly metadata: ObjectMeta;
    readonly [field: string]: unknown;
}
export interface Capabilities {
    readonly add?: readonly string[];
    readonly drop?: readonly string[];
}
export interface SeccompProfile {
    readonly type?: string;
    readonly localhostProfile?: string;
}
export interface AppArmorProfile {
    readonly type?: string;
    readonly localhostProfile?: string;
}
export interface SELinuxOptions {
    readonly user?: string;
    readonly role?: string;
    readonly type?: string;
    readonly level?: string;
}
export interface WindowsSecurityContextOptions {
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface SecurityContext {
    readonly privileged?: boolean;
    readonly allowPrivilegeEscalation?: boolean;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly runAsGroup?: number;
    readonly capabilities?: Capabilities;
    readonly seccompProfile?: SeccompProfile;
    readonly appArmorProfile?: AppArmorProfile;
    readonly seLinuxOptions?: SELinuxOptions;
    readonly procMount?: string;
    readonly windowsOptions?: WindowsSecurityContextOptions;
}
export interface PodSecurityContext {
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly runAsGroup?: number;
    readonly fsGroup?: number;
    readonly supplementalGroups?: readonly number[];
    readonly seccompProfile?: SeccompProfile;
    readonly appArmorProfile?: AppArmorProfile;
    readonly seLinuxOptions?: SELinuxOptions;
    readonly sysctls?: readonly {
        name: string;
        value?: string;
    }[];
    readonly windowsOptions?: WindowsSecurityContextOptions;
}
export interface EnvVar {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: {
        readonly secretKeyRef?: {
            name?: string;
            key?: string;
            optional?: boolean;
        };
        readonly configMapKeyRef?: {
            name?: string;
            key?: string;
        };
        readonly fieldRef?: {
            fieldPath?: string;
        };
    };
}
export interface EnvFromSource {
    readonly prefix?: string;
    readonly secretRef?: {
        name?: string;
    };
    readonly configMapRef?: {
        name?: string;
    };
}
export interface ContainerPort {
    readonly containerPort?: number;
    readonly hostPort?: number;
    readonly hostIP?: string;
    readonly protocol?: string;
    readonly name?: string;
}
export interface ResourceRequirements {
    readonly limits?: Readonly<Record<string, string | number>>;
    readonly requests?: Readonly<Record<string, string | number>>;
}
export interface VolumeMount {
    readonly name: string;
    readonly mountPath: string;
    readonly readOnly?: boolean;
}
export interface Container {
    readonly name: string;
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly command?: readonly string[];
    readonly args?: readonly string[];
    readonly env?: readonly EnvVar[];
    readonly envFrom?: readonly EnvFromSource[];
    readonly ports?: readonly ContainerPort[];
    readonly resources?: ResourceRequirements;
    readonly securityContext?: SecurityContext;
    readonly volumeMounts?: readonly VolumeMount[];
    readonly restartPolicy?: string;
    readonly livenessProbe?: unknown;
    readonly readinessProbe?: unknown;
}
export interface Volume {
    readonly name: string;
    readonly hostPath?: {
        path: string;
        type?: string;
    };
    readonly secret?: {
        secretName?: string;
        items?: readonly {
            key: string;
            path: string;
        }[];
    };
    readonly configMap?: {
        name?: string;
    };
    readonly projected?: {
        sources?: readonly Record<string, unknown>[];
    };
    readonly [source: string]: unknown;
}
export interface Toleration {
    readonly key?: string;
    readonly operator?: string;
    readonly value?: string;
    readonly effect?: string;
}
export interface NodeSelectorRequirement {
    readonly key: string;
    readonly operator: string;
    readonly values?: readonly string[];
}
export interface Affinity {
    readonly nodeAffinity?: {
        readonly requiredDuringSchedulingIgnoredDuringExecution?: {
            readonly nodeSelectorTerms?: readonly {
                matchExpressions?: readonly NodeSelectorRequirement[];
                matchFields?: readonly NodeSelectorRequirement[];
            }[];
        };
    };
}
export interface PodSpec {
    readonly containers?: readonly Container[];
    readonly initContainers?: readonly Container[];
    readonly ephemeralContainers?: readonly Container[];
    readonly volumes?: readonly Volume[];
    readonly hostNetwork?: boolean;
    readonly hostPID?: boolean;
    readonly hostIPC?: boolean;
    readonly hostUsers?: boolean;
    readonly securityContext?: PodSecurityContext;
    readonly serviceAccountName?: string;
    readonly serviceAccount?: string;
    readonly automountServiceAccountToken?: boolean;
    readonly nodeSelector?: Readonly<Record<string, string>>;
    readonly nodeName?: string;
    readonly affinity?: Affinity;
    readonly tolerations?: readonly Toleration[];
    readonly os?: {
        name?: string;
    };
    readonly shareProcessNamespace?: boolean;
    readonly runtimeClassName?: string;
    readonly imagePullSecrets?: readonly {
        name?: string;
    }[];
}
/** Narrows an unknown JSON value to a plain object. */
export declare function isRecord(value: unknown): value is Record<string, unknown>;
