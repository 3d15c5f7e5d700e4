// Port of staging/src/k8s.io/pod-security-admission/policy/check_runAsNonRoot.go
// (kubernetes/kubernetes): runAsNonRoot_1_0, and runAsNonRoot1_35 which admits pods in a user
// namespace (hostUsers: false; KEP-127).
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc, type Forbidden, type PodContext } from '../pod.js';

function runAsNonRoot_1_0(pod: PodContext): Forbidden | null {
  // things that explicitly set runAsNonRoot=false
  let badSetters: string[] | undefined;
  let pointers: string[] | undefined;
  let podRunAsNonRoot = false;
  const podValue = pod.podSC?.runAsNonRoot;
  if (typeof podValue === 'boolean') {
    if (!podValue) {
      (badSetters ??= []).push('pod');
      (pointers ??= []).push(pod.specField('securityContext', 'runAsNonRoot'));
    } else podRunAsNonRoot = true;
  }
  let explicitlyBad: string[] | undefined;
  let implicitlyBad: string[] | undefined;
  let implicitPointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    const value = sc(c)?.runAsNonRoot;
    if (typeof value === 'boolean') {
      if (!value) {
        (explicitlyBad ??= []).push(nameOf(c));
        (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsNonRoot'));
      }
    } else if (!podRunAsNonRoot) {
      (implicitlyBad ??= []).push(nameOf(c));
      (implicitPointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsNonRoot'));
    }
  });
  if (explicitlyBad) (badSetters ??= []).push(`${pluralize('container', 'containers', explicitlyBad.length)} ${joinQuote(explicitlyBad)}`);
  if (badSetters) {
    return { reason: 'runAsNonRoot != true', detail: `${badSetters.join(' and ')} must not set securityContext.runAsNonRoot=false`, pointers: pointers! };
  }
  if (implicitlyBad) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `pod or ${pluralize('container', 'containers', implicitlyBad.length)} ${joinQuote(implicitlyBad)} must set securityContext.runAsNonRoot=true`,
      pointers: [pod.specField('securityContext', 'runAsNonRoot'), ...implicitPointers!],
    };
  }
  return null;
}

function runAsNonRoot1_35(pod: PodContext): Forbidden | null {
  // See KEP-127: root in a user namespace is not root on the host.
  if (pod.userNamespace) return null;
  return runAsNonRoot_1_0(pod);
}

export const runAsNonRoot: CheckDefinition = {
  id: 'runAsNonRoot',
  level: 'restricted',
  versions: [
    { minimumVersion: 0, check: runAsNonRoot_1_0 },
    { minimumVersion: 35, check: runAsNonRoot1_35 },
  ],
};
