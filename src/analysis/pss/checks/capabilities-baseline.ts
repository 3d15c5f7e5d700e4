// Port of staging/src/k8s.io/pod-security-admission/policy/check_capabilities_baseline.go
// (kubernetes/kubernetes): capabilitiesBaseline_1_0.
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize, sortedSet } from '../go.js';
import { arr, nameOf, rec, sc, type Forbidden, type PodContext } from '../pod.js';

const CAPABILITIES_ALLOWED_1_0 = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

function capabilitiesBaseline_1_0(pod: PodContext): Forbidden | null {
  let badContainers: string[] | undefined;
  let nonDefault: string[] | undefined;
  let pointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    const caps = rec(sc(c)?.capabilities);
    if (!caps) return;
    const add = arr(caps.add);
    let valid = true;
    for (let j = 0; j < add.length; j++) {
      const cap = String(add[j]);
      if (!CAPABILITIES_ALLOWED_1_0.has(cap)) {
        valid = false;
        (nonDefault ??= []).push(cap);
        (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'capabilities', 'add', String(j)));
      }
    }
    if (!valid) (badContainers ??= []).push(nameOf(c));
  });
  if (!badContainers) return null;
  return {
    reason: 'non-default capabilities',
    detail: `${pluralize('container', 'containers', badContainers.length)} ${joinQuote(badContainers)} must not include ${joinQuote(sortedSet(nonDefault!))} in securityContext.capabilities.add`,
    pointers: pointers!,
  };
}

export const capabilitiesBaseline: CheckDefinition = {
  id: 'capabilities_baseline',
  level: 'baseline',
  versions: [{ minimumVersion: 0, check: capabilitiesBaseline_1_0 }],
};
