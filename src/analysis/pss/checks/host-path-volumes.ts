// Port of staging/src/k8s.io/pod-security-admission/policy/check_hostPathVolumes.go
// (kubernetes/kubernetes): hostPathVolumes_1_0 (overridden by restrictedVolumes at restricted).
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize } from '../go.js';
import { arr, isRec, str, type Forbidden, type PodContext } from '../pod.js';

function hostPathVolumes_1_0(pod: PodContext): Forbidden | null {
  let names: string[] | undefined;
  let pointers: string[] | undefined;
  const volumes = arr(pod.spec.volumes);
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i];
    if (isRec(v) && isRec(v.hostPath)) {
      (names ??= []).push(str(v.name));
      (pointers ??= []).push(pod.specField('volumes', i, 'hostPath'));
    }
  }
  if (!names) return null;
  return { reason: 'hostPath volumes', detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`, pointers: pointers! };
}

export const hostPathVolumes: CheckDefinition = {
  id: 'hostPathVolumes',
  level: 'baseline',
  versions: [{ minimumVersion: 0, check: hostPathVolumes_1_0 }],
};
