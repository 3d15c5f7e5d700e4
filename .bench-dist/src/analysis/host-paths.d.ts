import { type Severity } from '../findings/finding.js';
import type { ContainerView } from '../inventory/pod-spec.js';
/** Host paths and how dangerous it is to mount them into a container (hostPath volumes). */
export interface SensitiveHostPath {
    /** Absolute, normalized. Windows named pipes are written as Windows writes them. */
    readonly path: string;
    readonly severity: Severity;
    /** What lives there, for the message. */
    readonly what: string;
    /** A container runtime socket: read-only mounts do not protect it. */
    readonly socket?: boolean;
}
/**
 * Host paths whose exposure is worse than the check's default. A hostPath at or under one of
 * these paths inherits its severity, and so does one that contains it (mounting /run exposes
 * /run/containerd/containerd.sock). `/` matches only itself: it contains everything.
 */
export declare const SENSITIVE_HOST_PATHS: readonly SensitiveHostPath[];
/** `//etc/` and `/etc/./` are `/etc`; Windows paths compare case-insensitively with backslashes. */
export declare function normalizeHostPath(path: string): string;
export interface HostPathMatch {
    readonly entry: SensitiveHostPath;
    /** `at`: the path is the entry or under it; `contains`: the entry is under the path. */
    readonly relation: 'at' | 'contains';
}
/** The worst table entry the path is at, under, or contains. */
export declare function classifyHostPath(path: string, table?: readonly SensitiveHostPath[]): HostPathMatch | undefined;
export interface Mount {
    readonly container: ContainerView;
    readonly readOnly: boolean;
}
export declare function mountsOf(containers: readonly ContainerView[], volume: string): Mount[];
export declare function describeMounts(mounts: readonly Mount[], socket: boolean): string;
