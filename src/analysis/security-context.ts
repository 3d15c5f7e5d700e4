import type { ContainerView, PodSpecView } from '../inventory/pod-spec.js';
import { joinPointer } from '../inventory/pointer.js';

/** Fields that exist in both PodSecurityContext and SecurityContext; the container's wins. */
type Shared = 'runAsNonRoot' | 'runAsUser' | 'runAsGroup' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions';

export interface Effective<T> {
  readonly value: T | undefined;
  /** Pointer of the field that decided the value, or of where it belongs if unset. */
  readonly pointer: string;
  readonly from: 'container' | 'pod' | 'unset';
}

/**
 * A container's effective security setting: "the value specified in SecurityContext takes
 * precedence" over PodSecurityContext (core/v1 API docs for each shared field).
 */
export function effectiveSetting<K extends Shared>(pod: PodSpecView, c: ContainerView, field: K): Effective<NonNullable<PodSpecView['spec']['securityContext']>[K]> {
  const own = c.container.securityContext?.[field as keyof NonNullable<typeof c.container.securityContext>];
  if (own !== undefined && own !== null) return { value: own as never, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'container' };
  const podValue = pod.spec.securityContext?.[field];
  if (podValue !== undefined && podValue !== null) return { value: podValue as never, pointer: joinPointer(pod.pointer, 'securityContext', field), from: 'pod' };
  return { value: undefined, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'unset' };
}

/** Containers named in Kubernetes' style: `"app", "sidecar"`. */
export function quoteNames(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/** "container", "init container" or "ephemeral container" plus its name, for messages. */
export function describeContainer(c: ContainerView): string {
  const kind = c.kind === 'containers' ? 'container' : c.kind === 'initContainers' ? 'init container' : 'ephemeral container';
  return `${kind} "${c.name}"`;
}
