// Port of staging/src/k8s.io/pod-security-admission/policy/check_runAsUser.go
// (kubernetes/kubernetes): runAsUser_1_23, and runAsUser1_35 which admits pods in a user
// namespace (hostUsers: false; KEP-127).
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc, type Forbidden, type PodContext } from '../pod.js';

function runAsUser_1_23(pod: PodContext): Forbidden | null {
  let badSetters: string[] | undefined;
  let pointers: string[] | undefined;
  if (pod.podSC?.runAsUser === 0) {
    (badSetters ??= []).push('pod');
    (pointers ??= []).push(pod.specField('securityContext', 'runAsUser'));
  }
  let bad: string[] | undefined;
  pod.visit((c, kind, i) => {
    if (sc(c)?.runAsUser === 0) {
      (bad ??= []).push(nameOf(c));
      (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsUser'));
    }
  });
  if (bad) (badSetters ??= []).push(`${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)}`);
  if (!badSetters) return null;
  return { reason: 'runAsUser=0', detail: `${badSetters.join(' and ')} must not set runAsUser=0`, pointers: pointers! };
}

function runAsUser1_35(pod: PodContext): Forbidden | null {
  if (pod.userNamespace) return null;
  return runAsUser_1_23(pod);
}

export const runAsUser: CheckDefinition = {
  id: 'runAsUser',
  level: 'restricted',
  versions: [
    { minimumVersion: 23, check: runAsUser_1_23 },
    { minimumVersion: 35, check: runAsUser1_35 },
  ],
};
