// End to end over loaded manifests: several workload kinds, namespace labels, forced levels, and
// pointers that resolve to the offending lines.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from '../../inventory/load.js';
import { evaluatePod } from './index.js';
import { pssResults } from './report.js';
const MANIFESTS = `
apiVersion: v1
kind: Namespace
metadata:
  name: prod
  labels:
    pod-security.kubernetes.io/enforce: restricted
    pod-security.kubernetes.io/enforce-version: v1.25
---
apiVersion: v1
kind: Namespace
metadata:
  name: legacy
  labels:
    pod-security.kubernetes.io/enforce: baseline
---
apiVersion: v1
kind: Namespace
metadata:
  name: empty
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: prod
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile: {type: RuntimeDefault}
      containers:
      - name: web
        image: nginx
        securityContext:
          allowPrivilegeEscalation: false
          capabilities: {drop: [ALL]}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: prod
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
          - name: backup
            image: busybox
            securityContext:
              runAsUser: 0
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: legacy
spec:
  template:
    spec:
      hostNetwork: true
      containers:
      - name: agent
        image: agent
        securityContext:
          privileged: true
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: legacy
spec:
  template:
    spec:
      containers:
      - name: db
        image: postgres
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
  - name: shell
    image: busybox
    securityContext:
      capabilities:
        add: [NET_ADMIN]
`;
describe('pssResults', () => {
    const inventory = loadText(MANIFESTS, 'cluster.yaml');
    it('loads cleanly', () => assert.deepEqual(inventory.diagnostics, []));
    it('evaluates each template at its namespace enforce level, sorted', () => {
        const { results } = pssResults(inventory);
        assert.deepEqual(results.map((r) => [r.resource.namespace, r.resource.kind, r.resource.name, r.level, r.version, r.allowed, r.violations.map((v) => v.control)]), [
            ['default', 'Pod', 'debug', 'privileged', 'latest', true, []],
            ['legacy', 'DaemonSet', 'agent', 'baseline', 'latest', false, ['hostNamespaces', 'privileged']],
            ['legacy', 'StatefulSet', 'db', 'baseline', 'latest', true, []],
            ['prod', 'CronJob', 'backup', 'restricted', 'v1.25', false, ['allowPrivilegeEscalation', 'capabilities_restricted', 'runAsNonRoot', 'runAsUser', 'seccompProfile_restricted']],
            ['prod', 'Deployment', 'web', 'restricted', 'v1.25', true, []],
        ]);
        const backup = results.find((r) => r.resource.name === 'backup');
        assert.deepEqual(backup.resource, { apiVersion: 'batch/v1', kind: 'CronJob', namespace: 'prod', name: 'backup' });
        assert.equal(backup.violations[3].message, 'runAsUser=0 (container "backup" must not set runAsUser=0)');
    });
    it('summarizes how far each namespace could be raised', () => {
        const { namespaces } = pssResults(inventory);
        assert.deepEqual(namespaces.map((n) => [n.namespace, n.declared, `${n.enforce.level}:${n.enforce.version}`, n.achievableLevel, n.workloads, n.violating]), [
            ['default', false, 'privileged:latest', 'privileged', 1, 0],
            ['empty', true, 'privileged:latest', 'restricted', 0, 0],
            ['legacy', true, 'baseline:latest', 'privileged', 2, 1],
            ['prod', true, 'restricted:v1.25', 'baseline', 2, 1],
        ]);
    });
    it('forces a level and version', () => {
        const { results, namespaces } = pssResults(inventory, { level: 'restricted', version: 'v1.20' });
        assert.ok(results.every((r) => r.level === 'restricted' && r.version === 'v1.20'));
        // runAsUser and capabilities_restricted do not exist yet at 1.20
        assert.deepEqual(results.find((r) => r.resource.name === 'backup').violations.map((v) => v.control), ['allowPrivilegeEscalation', 'runAsNonRoot', 'seccompProfile_restricted']);
        assert.equal(namespaces.find((n) => n.namespace === 'prod').version, 'v1.20');
        assert.throws(() => pssResults(inventory, { level: 'strict' }));
    });
    it('is deterministic', () => {
        assert.equal(JSON.stringify(pssResults(inventory)), JSON.stringify(pssResults(loadText(MANIFESTS, 'cluster.yaml'))));
    });
});
describe('pointers resolve to lines in every workload kind', () => {
    const inventory = loadText(MANIFESTS, 'cluster.yaml');
    const lines = MANIFESTS.split('\n');
    const lineOf = (needle, after = 0) => lines.findIndex((l, i) => i >= after && l.includes(needle));
    for (const [name, level, needle] of [
        ['agent', 'baseline', 'privileged: true'],
        ['backup', 'restricted', 'runAsUser: 0'],
        ['debug', 'baseline', 'add: [NET_ADMIN]'],
    ]) {
        it(`${name}: ${needle}`, () => {
            const view = inventory.podSpecs().find((v) => v.owner.name === name);
            const violations = evaluatePod(view, level, 'latest');
            const pointers = violations.flatMap((v) => v.pointers);
            const located = view.owner.locateAll(pointers).map((l) => l.line);
            // the loader's first line is line 1; MANIFESTS starts with an empty line
            assert.ok(located.includes(lineOf(needle) + 1), `${needle} not among ${JSON.stringify(located)} for ${JSON.stringify(pointers)}`);
        });
    }
    it('CronJob template pointers sit under /spec/jobTemplate/spec/template/spec', () => {
        const view = inventory.podSpecs().find((v) => v.owner.name === 'backup');
        const v = evaluatePod(view, 'restricted', 'latest').find((x) => x.control === 'runAsUser');
        assert.deepEqual(v.pointers, ['/spec/jobTemplate/spec/template/spec/containers/0/securityContext/runAsUser']);
    });
    it('DaemonSet template metadata pointer is used for annotations', () => {
        const inv = loadText(`apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  template:
    metadata:
      annotations:
        container.apparmor.security.beta.kubernetes.io/app: unconfined
    spec:
      containers: [{name: app, image: x}]
`);
        const [v] = evaluatePod(inv.podSpecs()[0], 'baseline', 'latest');
        assert.equal(v.control, 'appArmorProfile');
        assert.deepEqual(v.pointers, ['/spec/template/metadata/annotations/container.apparmor.security.beta.kubernetes.io~1app']);
        assert.equal(inv.podSpecs()[0].owner.locate(v.pointers[0]).line, 8);
    });
});
//# sourceMappingURL=report.test.js.map