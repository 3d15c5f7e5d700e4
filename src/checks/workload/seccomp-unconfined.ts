import { defineCheck, containerKey } from '../check.js';
import { describeContainer, isWindowsPod } from '../../analysis/security-context.js';
import { joinPointer } from '../../inventory/pointer.js';
import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';

/** The annotations that preceded `seccompProfile` (deprecated since v1.19), honoured only when the field is unset. */
export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

interface Profile {
  /** `Unconfined`, `RuntimeDefault`, `Localhost`, or undefined when nothing applies. */
  readonly type: string | undefined;
  readonly pointer: string;
  /** Where the decision came from, for messages and evidence. */
  readonly source: string;
}

/** Annotation values (`unconfined`, `runtime/default`, `docker/default`, `localhost/<path>`) as field types. */
function annotationType(value: string): string {
  if (value === 'unconfined') return 'Unconfined';
  if (value === 'runtime/default' || value === 'docker/default') return 'RuntimeDefault';
  if (value.startsWith('localhost/')) return 'Localhost';
  return value;
}

/**
 * Each level's field first, then that level's deprecated annotation: container field, container
 * annotation, pod field, pod annotation. The kubelet resolved it in that order, and the API server
 * copies an annotation into the field of its own level only when that field is unset.
 */
function effectiveProfile(pod: PodSpecView, c: ContainerView): Profile {
  const annotations = pod.metadata.annotations && typeof pod.metadata.annotations === 'object' ? pod.metadata.annotations : {};
  const fromField = (sc: { seccompProfile?: { type?: string } } | undefined, base: string, level: string): Profile | undefined => {
    const type = sc?.seccompProfile?.type;
    return typeof type === 'string' && type !== ''
      ? { type, pointer: joinPointer(base, 'securityContext', 'seccompProfile', 'type'), source: `securityContext.seccompProfile.type on the ${level}` }
      : undefined;
  };
  const fromAnnotation = (key: string): Profile | undefined => {
    const value = annotations[key];
    return typeof value === 'string' && value !== ''
      ? { type: annotationType(value), pointer: joinPointer(pod.metadataPointer, 'annotations', key), source: `the deprecated annotation ${key}` }
      : undefined;
  };
  return (
    fromField(c.container.securityContext, c.pointer, 'container') ??
    fromAnnotation(SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name) ??
    fromField(pod.spec.securityContext, pod.pointer, 'pod') ??
    fromAnnotation(SECCOMP_POD_ANNOTATION) ?? { type: undefined, pointer: joinPointer(c.pointer, 'securityContext', 'seccompProfile'), source: 'unset' }
  );
}

export default defineCheck({
  meta: {
    id: 'workload.seccomp-unconfined',
    title: 'Container runs without a seccomp profile',
    severity: 'medium',
    category: 'workload',
    area: 'pod-security',
    rationale:
      'seccomp filters the system calls a process may make. The container runtime\'s default profile blocks dozens of calls ' +
      'that ordinary applications never use but kernel exploits and container escapes do (unshare, keyctl, bpf, mount...). ' +
      'Kubernetes does not apply it by default: a container whose pod and container leave seccompProfile unset runs ' +
      'Unconfined unless the kubelet runs with --seccomp-default. Setting type: Unconfined turns the filter off explicitly, ' +
      'and privileged containers get no filter at all.',
    remediation:
      'Set the runtime default profile once for the pod (or a Localhost profile made for the application):\n\n' +
      '```yaml\nspec:\n  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n```',
    references: {
      cis: ['5.7.2'],
      nsa: ['Pod security: Hardening container environments', 'Pod security: Pod security enforcement'],
      mitre: ['T1611', 'T1068'],
      kcsa: ['security-fundamentals', 'threat-model'],
      docs: ['https://kubernetes.io/docs/tutorials/security/seccomp/', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
    },
  },
  run(ctx) {
    for (const pod of ctx.inventory.podSpecs()) {
      if (isWindowsPod(pod)) continue;
      for (const c of pod.containers) {
        const profile = effectiveProfile(pod, c);
        if (c.container.securityContext?.privileged === true) {
          // containerd and CRI-O apply no seccomp filter to privileged containers, whatever the profile says.
          ctx.report({
            object: pod.owner,
            pointer: joinPointer(c.pointer, 'securityContext', 'privileged'),
            key: containerKey(c),
            severity: 'high',
            message: `${describeContainer(c)} runs with seccomp disabled: it is privileged (securityContext.privileged: true), and runtimes apply no seccomp profile to privileged containers${
              profile.type && profile.type !== 'Unconfined' ? `, so seccompProfile ${profile.type} has no effect` : ''
            }`,
            evidence: { container: c.name, privileged: true, seccompProfile: profile.type ?? null },
          });
        } else if (profile.type === undefined) {
          ctx.report({
            object: pod.owner,
            pointer: profile.pointer,
            key: containerKey(c),
            message:
              `${describeContainer(c)} has no seccomp profile: securityContext.seccompProfile is unset on the pod and the container, ` +
              'and the runtime default is Unconfined unless the kubelet runs with --seccomp-default',
            evidence: { container: c.name, seccompProfile: null },
          });
        } else if (profile.type === 'Unconfined') {
          ctx.report({
            object: pod.owner,
            pointer: profile.pointer,
            key: containerKey(c),
            severity: 'high',
            message: `${describeContainer(c)} runs with seccomp disabled: Unconfined, from ${profile.source}`,
            evidence: { container: c.name, seccompProfile: 'Unconfined', source: profile.source },
          });
        }
      }
    }
  },
});
