// Port of staging/src/k8s.io/pod-security-admission/policy/check_seccompProfile_restricted.go
// (kubernetes/kubernetes): seccompProfileRestricted_1_19 and the Windows exemption of 1.25; both
// override seccompProfile_baseline.
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, sc, str, type Forbidden, type PodContext } from '../pod.js';
import { validSeccomp } from './seccomp-profile-baseline.js';

function seccompProfileRestricted_1_19(pod: PodContext): Forbidden | null {
  let badSetters: string[] | undefined;
  let badValues: string[] | undefined;
  let pointers: string[] | undefined;
  let podSeccompSet = false;
  const podProfile = rec(pod.podSC?.seccompProfile);
  if (podProfile) {
    const type = str(podProfile.type);
    if (!validSeccomp(type)) {
      (badSetters ??= []).push('pod');
      (badValues ??= []).push(type);
      (pointers ??= []).push(pod.specField('securityContext', 'seccompProfile', 'type'));
    } else podSeccompSet = true;
  }
  let explicitlyBad: string[] | undefined;
  let implicitlyBad: string[] | undefined;
  let implicitPointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    const profile = rec(sc(c)?.seccompProfile);
    if (profile) {
      const type = str(profile.type);
      if (!validSeccomp(type)) {
        (explicitlyBad ??= []).push(nameOf(c));
        (badValues ??= []).push(type);
        (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'seccompProfile', 'type'));
      }
    } else if (!podSeccompSet) {
      (implicitlyBad ??= []).push(nameOf(c));
      (implicitPointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'seccompProfile'));
    }
  });
  if (explicitlyBad) (badSetters ??= []).push(`${pluralize('container', 'containers', explicitlyBad.length)} ${joinQuote(explicitlyBad)}`);
  if (badSetters) {
    return {
      reason: 'seccompProfile',
      detail: `${badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues!))}`,
      pointers: pointers!,
    };
  }
  if (implicitlyBad) {
    return {
      reason: 'seccompProfile',
      detail: `pod or ${pluralize('container', 'containers', implicitlyBad.length)} ${joinQuote(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      pointers: [pod.specField('securityContext', 'seccompProfile'), ...implicitPointers!],
    };
  }
  return null;
}

function seccompProfileRestricted_1_25(pod: PodContext): Forbidden | null {
  // Seccomp is Linux-only; Pod API validation rejects it on Windows pods.
  if (pod.isWindows) return null;
  return seccompProfileRestricted_1_19(pod);
}

export const seccompProfileRestricted: CheckDefinition = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  versions: [
    { minimumVersion: 19, check: seccompProfileRestricted_1_19, overrides: ['seccompProfile_baseline'] },
    { minimumVersion: 25, check: seccompProfileRestricted_1_25, overrides: ['seccompProfile_baseline'] },
  ],
};
