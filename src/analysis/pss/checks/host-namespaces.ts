// Port of staging/src/k8s.io/pod-security-admission/policy/check_hostNamespaces.go
// (kubernetes/kubernetes): hostNamespaces_1_0.
import type { CheckDefinition } from '../check.js';
import type { Forbidden, PodContext } from '../pod.js';

function hostNamespaces_1_0(pod: PodContext): Forbidden | null {
  const spec = pod.spec;
  // sets.NewString(...).List(): sorted, so hostIPC, hostNetwork, hostPID
  let names: string[] | undefined;
  if (spec.hostIPC === true) (names ??= []).push('hostIPC');
  if (spec.hostNetwork === true) (names ??= []).push('hostNetwork');
  if (spec.hostPID === true) (names ??= []).push('hostPID');
  if (!names) return null;
  return { reason: 'host namespaces', detail: names.join(', '), pointers: names.map((n) => pod.specField(n)) };
}

export const hostNamespaces: CheckDefinition = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [{ minimumVersion: 0, check: hostNamespaces_1_0 }],
};
