// Port of staging/src/k8s.io/pod-security-admission/policy/check_procMount_baseline.go (check id
// `procMount`: procMount_1_0, and procMount1_35baseline which admits user-namespace pods) and
// check_procMount_restricted.go (`procMount_restricted`, 1.35, overrides `procMount` so that
// restricted keeps forbidding Unmasked even with hostUsers: false), kubernetes/kubernetes.
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, sc, type Forbidden, type PodContext } from '../pod.js';

function procMount_1_0(pod: PodContext): Forbidden | null {
  let bad: string[] | undefined;
  let types: string[] | undefined;
  let pointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    const s = sc(c);
    if (!s) return; // nil securityContext
    const procMount = s.procMount;
    if (procMount === undefined || procMount === null) return; // unset
    if (procMount !== 'Default') {
      (bad ??= []).push(nameOf(c));
      (types ??= []).push(String(procMount));
      (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'procMount'));
    }
  });
  if (!bad) return null;
  return {
    reason: 'procMount',
    detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types!))}`,
    pointers: pointers!,
  };
}

function procMount1_35baseline(pod: PodContext): Forbidden | null {
  // KEP-127: /proc of a pod in its own user namespace does not expose the host's.
  if (pod.userNamespace) return null;
  return procMount_1_0(pod);
}

export const procMount: CheckDefinition = {
  id: 'procMount',
  level: 'baseline',
  versions: [
    { minimumVersion: 0, check: procMount_1_0 },
    { minimumVersion: 35, check: procMount1_35baseline },
  ],
};

export const procMountRestricted: CheckDefinition = {
  id: 'procMount_restricted',
  level: 'restricted',
  versions: [{ minimumVersion: 35, check: procMount_1_0, overrides: ['procMount'] }],
};
