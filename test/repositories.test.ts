/**
 * Scanning real repositories as users do (issue 13): layouts with copies of one app, links,
 * unreadable paths, files that are not Kubernetes objects, charts and kustomizations.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standInPath } from './standins/tools.js';
import { loadInventory, readInputs } from '../src/inventory/load.js';
import { main } from '../src/cli/main.js';
import type { CliIo } from '../src/cli/io.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function rampart(args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, readStdin: () => Buffer.alloc(0), env, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Writes `files` (path → content) under a fresh temporary directory. */
export function layout(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-repo-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const deployment = (privileged: boolean) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        securityContext:
          privileged: ${privileged}
`;

interface JsonFinding {
  checkId: string;
  fingerprint: string;
  location: { file: string; line: number };
}

describe('copies of one object in several files', () => {
  it('every copy is scanned and reported at its own file and line; exit status unaffected', async () => {
    const dir = layout({ 'dev/web.yaml': deployment(false), 'prod/web.yaml': '# prod\n' + deployment(true), 'staging/web.yaml': deployment(true) });
    const run = await rampart(['scan', dir, '-o', 'json', '--checks', 'pss.privileged,workload.read-only-root-filesystem']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', 'copies are not an input problem');
    const findings = JSON.parse(run.stdout).findings as JsonFinding[];
    const privileged = findings.filter((f) => f.checkId === 'pss.privileged');
    assert.deepEqual(
      privileged.map((f) => `${f.location.file.slice(dir.length + 1)}:${f.location.line}`).sort(),
      ['prod/web.yaml:14', 'staging/web.yaml:13'],
    );
    const readOnly = findings.filter((f) => f.checkId === 'workload.read-only-root-filesystem');
    assert.equal(readOnly.length, 3, 'the same finding on each copy');
    assert.equal(new Set(readOnly.map((f) => f.fingerprint)).size, 3, 'copies have fingerprints of their own');
  });

  it('-v names the copies once', async () => {
    const dir = layout({ 'dev/web.yaml': deployment(false), 'prod/web.yaml': deployment(true) });
    const run = await rampart(['scan', dir, '-v', '-o', 'json']);
    assert.match(run.stderr, /prod\/web\.yaml:1: info: Deployment "shop\/web" has 2 copies \(.*dev\/web\.yaml:1, .*prod\/web\.yaml:1\).*\[object-copies\]/);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });
});

const fixture = fileURLToPath(new URL('../../test/fixtures/repository', import.meta.url));

/** What `helm template charts/cache` prints with the chart's default values (rendered by hand, by Helm's rules). */
const CACHE_RENDERED = `---
# Source: cache/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: release-name-cache
spec:
  selector:
    app: cache
  ports:
  - port: 11211
---
# Source: cache/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: release-name-cache
  labels:
    app: cache
spec:
  replicas: 1
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
      - name: memcached
        image: "docker.io/memcached:1.6.21"
        securityContext:
          {}
        resources:
          {}
`;

/** Recorded from `kubectl kustomize` (kustomize v5.5.0) through Rampart's wrapper with origin annotations. */
const kustomized = (namespace: string | undefined, prefix: string, patched: string) => `apiVersion: v1
kind: Service
metadata:
  annotations:
    config.kubernetes.io/origin: |
      path: {{ROOT}}/${namespace ? '../../base/' : ''}service.yaml
  name: ${prefix}web${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  ports:
  - port: 80
    targetPort: 8080
  selector:
    app: web
---
apiVersion: apps/v1
kind: Deployment
metadata:
  annotations:
    config.kubernetes.io/origin: |
      path: {{ROOT}}/${namespace ? '../../base/' : ''}deployment.yaml
  name: ${prefix}web${namespace ? `\n  namespace: ${namespace}` : ''}
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - image: registry.example.com/web:2.0.1
        name: web
        ports:
        - containerPort: 8080
${patched}`;

const STAND_INS = {
  helm: { [join(fixture, 'charts/cache')]: CACHE_RENDERED },
  kustomize: {
    [join(fixture, 'apps/web/base')]: kustomized(undefined, '', ''),
    [join(fixture, 'apps/web/overlays/dev')]: kustomized('web-dev', '', ''),
    [join(fixture, 'apps/web/overlays/prod')]: kustomized('web-prod', 'prod-', '      hostNetwork: true\n'),
  },
};

interface JsonDiagnostic {
  severity: string;
  code: string;
  file: string;
  message: string;
}

describe('a repository laid out like kubernetes/examples: overlays, a chart, files that are not Kubernetes objects', () => {
  const rel = (file: string) => relative(fixture, file);

  it('with helm and kustomize (stand-ins) on PATH: every object scanned, findings at the files a person edits, exit 0 or 1, never 2', async () => {
    const env = { PATH: standInPath(STAND_INS) };
    const run = await rampart(['scan', fixture, '-o', 'json'], env);
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { summary: { objects: number }; findings: JsonFinding[]; diagnostics: JsonDiagnostic[] };
    assert.deepEqual(doc.diagnostics, []);
    assert.equal(doc.summary.objects, 14);
    const at = (checkId: string, name: string) =>
      doc.findings
        .filter((f) => f.checkId === checkId && (f as unknown as { resource: { name: string } }).resource.name === name)
        .map((f) => `${rel(f.location.file)}:${f.location.line}`)
        .sort();
    // copies per environment: the privileged one in prod/ is reported
    assert.deepEqual(at('pss.privileged', 'api'), ['environments/prod/api.yaml:17']);
    // kustomize: the overlay's patch sets hostNetwork; the base sets the container
    assert.deepEqual(at('pss.host-namespaces', 'prod-web'), ['apps/web/overlays/prod/host-network.yaml:8']);
    assert.deepEqual(at('workload.read-only-root-filesystem', 'web'), ['apps/web/base/deployment.yaml:13', 'apps/web/base/deployment.yaml:13'], 'the base and the dev overlay');
    assert.deepEqual(at('workload.read-only-root-filesystem', 'prod-web'), ['apps/web/base/deployment.yaml:13']);
    // helm: the template's line that receives the values
    assert.deepEqual(at('workload.read-only-root-filesystem', 'release-name-cache'), ['charts/cache/templates/deployment.yaml:23']);
    assert.deepEqual(at('workload.resource-limits', 'release-name-cache'), ['charts/cache/templates/deployment.yaml:25']);
    const failing = await rampart(['scan', fixture, '-o', 'json', '--fail-on', 'high'], env);
    assert.equal(failing.code, 1);
  });

  it('-v lists what was skipped: files that are not Kubernetes objects, and the copies', async () => {
    const run = await rampart(['scan', fixture, '-o', 'json', '-v'], { PATH: standInPath(STAND_INS) });
    const noted = run.stderr
      .split('\n')
      .filter((l) => l.includes(': info: '))
      .map((l) => `${rel(l.slice(0, l.indexOf(':')))} [${/\[([\w-]+)\]$/.exec(l)?.[1]}]`)
      .sort();
    assert.deepEqual(noted, [
      'comments-only.yaml [empty-file]',
      'docker-compose.yml [not-kubernetes]',
      'docs/kubeconfig.example.yaml [not-kubernetes]',
      'docs/scheduler-policy.json [not-kubernetes]',
      'environments/prod/api.yaml [object-copies]',
      'package.json [not-kubernetes]',
      'tests/expectations.yaml [not-kubernetes]',
    ]);
  });

  it('--helm-values and --helm-set reach helm', () => {
    const env = { PATH: standInPath(STAND_INS) };
    const read = readInputs([join(fixture, 'charts/cache')], () => Buffer.alloc(0), { render: { env, helmValues: ['prod.yaml'], helmSet: ['hostPID=true,replicaCount=2', 'image.tag=1.6.22'] } });
    const inventory = loadInventory(read.inputs, read.diagnostics);
    assert.deepEqual(inventory.diagnostics, []);
    const args = inventory.get('ConfigMap', 'default', 'helm-args')?.object.data as { args: string };
    assert.deepEqual(JSON.parse(args.args), ['--values', 'prod.yaml', '--set', 'hostPID=true,replicaCount=2', '--set', 'image.tag=1.6.22']);
  });

  it('without helm, kustomize or kubectl on PATH: each chart and kustomization is one warning with the command to render it; exit 0', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'rampart-empty-path-'));
    const run = await rampart(['scan', fixture, '-o', 'json'], { PATH: empty });
    assert.equal(run.code, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as { summary: { objects: number }; diagnostics: JsonDiagnostic[] };
    assert.deepEqual(
      doc.diagnostics.map((d) => [d.severity, d.code, rel(d.file)]),
      [
        ['warning', 'not-rendered', 'apps/web/base'],
        ['warning', 'not-rendered', 'apps/web/overlays/dev'],
        ['warning', 'not-rendered', 'apps/web/overlays/prod'],
        ['warning', 'not-rendered', 'charts/cache'],
      ],
    );
    assert.match(doc.diagnostics[3].message, /Helm chart not scanned: helm is not on PATH\. Render it and pipe it in: helm template \S+charts\/cache \| rampart scan -f -/);
    assert.match(doc.diagnostics[0].message, /kustomization not scanned: neither kustomize nor kubectl is on PATH\. Render it and pipe it in: kustomize build \S+apps\/web\/base \| rampart scan -f -/);
    assert.equal(doc.summary.objects, 6, 'the plain manifests are still scanned');
    assert.doesNotMatch(run.stderr, /invalid YAML/);
  });

  it('a chart that helm cannot render is an error naming the chart and helm\'s reason', async () => {
    const dir = layout({ 'broken/Chart.yaml': 'apiVersion: v2\nname: broken\nversion: 0.1.0\n', 'broken/templates/x.yaml': 'kind: {{ .Values.missing.key }}\n' });
    const run = await rampart(['scan', dir, '-o', 'json'], { PATH: standInPath(STAND_INS) });
    assert.equal(run.code, 2);
    const [d] = (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    assert.deepEqual([d.severity, d.code, d.file], ['error', 'render-failed', join(dir, 'broken')]);
    assert.match(d.message, /helm template \S+broken failed: Error: stand-in helm knows no chart/);
  });
});

describe('kustomize Components', () => {
  it('a Component kustomize cannot build alone is a warning, not an error', async () => {
    const dir = layout({ 'components/policies/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [deny.yaml]\n', 'components/policies/deny.yaml': 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec: {podSelector: {}}\n' });
    // the stand-in knows no rendering for it, as an old kustomize that refuses Components
    const run = await rampart(['scan', dir, '-o', 'json'], { PATH: standInPath({ kustomize: {} }) });
    assert.equal(run.code, 0, run.stderr);
    const [d] = (JSON.parse(run.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    assert.deepEqual([d.severity, d.code], ['warning', 'not-rendered']);
    assert.match(d.message, /kustomize Component not scanned: kustomize cannot build it alone/);
  });
});
