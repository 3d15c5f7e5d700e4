import type { ContainerView } from '../../inventory/pod-spec.js';
import { joinPointer } from '../../inventory/pointer.js';
import { parseImageReference, type ImageReference, type ImageReferenceError } from './reference.js';

/** A container's `image` field, parsed once and shared by every image check. */
export type ContainerImage =
  | { readonly state: 'missing'; readonly pointer: string }
  | { readonly state: 'invalid'; readonly pointer: string; readonly image: string; readonly error: ImageReferenceError }
  | { readonly state: 'valid'; readonly pointer: string; readonly image: string; readonly reference: ImageReference };

export type PullPolicy = 'Always' | 'IfNotPresent' | 'Never';

const PULL_POLICIES: readonly string[] = ['Always', 'IfNotPresent', 'Never'];

/** Keyed by the container object, so a result lives exactly as long as the inventory holding it. */
const cache = new WeakMap<object, ContainerImage>();

export function containerImage(c: ContainerView): ContainerImage {
  let result = cache.get(c.container);
  if (!result) {
    const pointer = joinPointer(c.pointer, 'image');
    const image: unknown = c.container.image;
    if (typeof image !== 'string' || image === '') result = { state: 'missing', pointer };
    else {
      const parsed = parseImageReference(image);
      result = parsed.ok ? { state: 'valid', pointer, image, reference: parsed.reference } : { state: 'invalid', pointer, image, error: parsed.error };
    }
    cache.set(c.container, result);
  }
  return result;
}

/**
 * The tag the runtime pulls: the written one, or `latest` when there is neither tag nor digest
 * (pkg/apis/core/v1/defaults.go parseImageName).
 */
export function effectiveTag(ref: ImageReference): string | undefined {
  return ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
}

/**
 * The API server's default when `imagePullPolicy` is empty (SetDefaults_Container): `Always` when
 * the effective tag is `latest`, else `IfNotPresent`. An unparsable image gets `IfNotPresent`.
 */
export function defaultPullPolicy(ref: ImageReference | undefined): PullPolicy {
  return ref && effectiveTag(ref) === 'latest' ? 'Always' : 'IfNotPresent';
}

/** The container's pull policy and whether the manifest set it (an unknown value counts as unset). */
export function pullPolicy(c: ContainerView): { readonly value: PullPolicy; readonly explicit: boolean; readonly pointer: string } {
  const pointer = joinPointer(c.pointer, 'imagePullPolicy');
  const written: unknown = c.container.imagePullPolicy;
  if (typeof written === 'string' && PULL_POLICIES.includes(written)) return { value: written as PullPolicy, explicit: true, pointer };
  const image = containerImage(c);
  return { value: defaultPullPolicy(image.state === 'valid' ? image.reference : undefined), explicit: false, pointer };
}
