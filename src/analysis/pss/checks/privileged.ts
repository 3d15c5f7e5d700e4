// Port of staging/src/k8s.io/pod-security-admission/policy/check_privileged.go
// (kubernetes/kubernetes): privileged_1_0.
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc, type Forbidden, type PodContext } from '../pod.js';

function privileged_1_0(pod: PodContext): Forbidden | null {
  let bad: string[] | undefined;
  let pointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    if (sc(c)?.privileged === true) {
      (bad ??= []).push(nameOf(c));
      (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'privileged'));
    }
  });
  if (!bad) return null;
  return {
    reason: 'privileged',
    detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true`,
    pointers: pointers!,
  };
}

export const privileged: CheckDefinition = {
  id: 'privileged',
  level: 'baseline',
  versions: [{ minimumVersion: 0, check: privileged_1_0 }],
};
