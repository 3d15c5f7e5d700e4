import type { ContainerView } from '../../inventory/pod-spec.js';
import { type ImageReference, type ImageReferenceError } from './reference.js';
/** A container's `image` field, parsed once and shared by every image check. */
export type ContainerImage = {
    readonly state: 'missing';
    readonly pointer: string;
} | {
    readonly state: 'invalid';
    readonly pointer: string;
    readonly image: string;
    readonly error: ImageReferenceError;
} | {
    readonly state: 'valid';
    readonly pointer: string;
    readonly image: string;
    readonly reference: ImageReference;
};
export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';
export declare function containerImage(c: ContainerView): ContainerImage;
/**
 * The tag the runtime pulls: the written one, or `latest` when there is neither tag nor digest
 * (pkg/apis/core/v1/defaults.go parseImageName).
 */
export declare function effectiveTag(ref: ImageReference): string | undefined;
/**
 * The API server's default when `imagePullPolicy` is empty (SetDefaults_Container): `Always` when
 * the effective tag is `latest`, else `IfNotPresent`. An unparsable image gets `IfNotPresent`.
 */
export declare function defaultPullPolicy(ref: ImageReference | undefined): PullPolicy;
/** The container's pull policy and whether the manifest set it (an unknown value counts as unset). */
export declare function pullPolicy(c: ContainerView): {
    readonly value: PullPolicy;
    readonly explicit: boolean;
    readonly pointer: string;
};
