// Port of staging/src/k8s.io/pod-security-admission/policy/check_hostProbesAndhostLifecycle.go
// (kubernetes/kubernetes): hostProbesAndHostLifecycleV1Dot34, new in policy v1.34.
import type { CheckDefinition } from '../check.js';
import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, str, type Forbidden, type PodContext, type Rec } from '../pod.js';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['postStart', 'preStop'] as const;
const ACTIONS = ['httpGet', 'tcpSocket'] as const;

function hostProbesAndHostLifecycleV1Dot34(pod: PodContext): Forbidden | null {
  let badContainers: string[] | undefined;
  let hosts: string[] | undefined;
  let pointers: string[] | undefined;
  pod.visit((c, kind, i) => {
    let bad = false;
    const inspect = (handler: Rec | undefined, path: string[]): void => {
      if (!handler) return;
      for (const action of ACTIONS) {
        const host = str(rec(handler[action])?.host);
        if (host !== '') {
          bad = true;
          (hosts ??= []).push(host);
          (pointers ??= []).push(pod.containerPointer(kind, i, ...path, action, 'host'));
        }
      }
    };
    for (const probe of PROBES) inspect(rec(c[probe]), [probe]);
    const lifecycle = rec(c.lifecycle);
    if (lifecycle) for (const h of HANDLERS) inspect(rec(lifecycle[h]), ['lifecycle', h]);
    if (bad) (badContainers ??= []).push(nameOf(c));
  });
  if (!badContainers) return null;
  const containers = sortedSet(badContainers);
  const forbidden = sortedSet(hosts!);
  return {
    reason: 'probe or lifecycle host',
    detail: `${pluralize('container', 'containers', containers.length)} ${joinQuote(containers)} ${pluralize('uses', 'use', containers.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', forbidden.length)} ${joinQuote(forbidden)}`,
    pointers: pointers!,
  };
}

export const hostProbesAndHostLifecycle: CheckDefinition = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  versions: [{ minimumVersion: 34, check: hostProbesAndHostLifecycleV1Dot34 }],
};
