import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCheck, containerKey, type Check } from '../checks/check.js';
import { joinPointer } from '../inventory/pointer.js';
import { loadInventory } from '../inventory/load.js';
import { scan } from '../scan.js';

/** Fixtures shared by the reporters' tests. Test-only checks, so golden files change only when a reporter does. */
export const GOLDEN_CHECKS: Check[] = [
  defineCheck({
    meta: {
      id: 'test.privileged',
      title: 'Privileged container',
      severity: 'critical',
      category: 'workload',
      area: 'pod-security',
      rationale: 'Why it matters.',
      remediation: 'Set `privileged: false`.',
      references: { cis: ['policies.privileged-containers'], mitre: ['T1611'], kcsa: ['platform-security'], docs: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'] },
    },
    run(ctx) {
      for (const pod of ctx.inventory.podSpecs())
        for (const c of pod.containers)
          if (c.container.securityContext?.privileged === true)
            ctx.report({ object: pod.owner, pointer: joinPointer(c.pointer, 'securityContext', 'privileged'), key: containerKey(c), message: `container "${c.name}" is privileged`, context: `admitted today: namespace "${pod.namespace}" enforces privileged`, evidence: { container: c.name } });
    },
  }),
  defineCheck({
    meta: {
      id: 'test.host-pid',
      title: 'Host PID namespace',
      severity: 'high',
      category: 'workload',
      area: 'pod-security',
      rationale: 'Why.',
      remediation: 'Remove `hostPID`.',
      references: { kcsa: ['platform-security'] },
    },
    run(ctx) {
      for (const pod of ctx.inventory.podSpecs())
        if (pod.spec.hostPID)
          ctx.report({
            object: pod.owner,
            pointer: joinPointer(pod.pointer, 'hostPID'),
            message: `pod shares the host PID namespace: every process of the node is visible to container "${pod.containers[0].name}", which can read their environment, signal them and, with ptrace, inject code into them`,
            context: `admitted today: namespace "${pod.namespace}" enforces privileged`,
            ...(pod.namespace === 'tools' ? { remediation: 'Move the debugging pod to a node of its own, then remove `hostPID`.' } : {}),
          });
    },
  }),
  defineCheck({
    meta: {
      id: 'test.namespace-label',
      title: 'Namespace without an owner',
      severity: 'low',
      category: 'namespaces',
      area: 'namespaces',
      rationale: 'Owners are who to call.',
      remediation: 'Label it with `owner`.',
      references: {},
    },
    run(ctx) {
      for (const ns of ctx.inventory.ofKind('Namespace')) ctx.report({ object: ns, pointer: '/metadata', message: `namespace "${ns.name}" has no owner label` });
    },
  }),
];

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const fixture = (name: string) => `${root}test/fixtures/golden/${name}`;
/** A fixed base directory, so the SARIF's %SRCROOT% does not depend on where the tests run. */
export const BASE = '/work/repo';

export function goldenResult() {
  const file = 'test/fixtures/golden/cluster.yaml';
  const inventory = loadInventory([{ file, content: readFileSync(`${root}${file}`) }]);
  return scan(inventory, { registry: GOLDEN_CHECKS });
}

/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it. */
export function golden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(name), actual);
  assert.equal(actual, readFileSync(fixture(name), 'utf8'), `${name} differs from golden output (UPDATE_GOLDEN=1 to accept)`);
}

