import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadInventory, loadText } from './load.js';
import { yaml } from '../checks/testing.js';
const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: x}\n';
/** The shapes of the files that sit next to manifests in real repositories. */
const NOT_OBJECTS = {
    'chart/values.yaml': 'replicaCount: 1\nimage:\n  repository: nginx\n  tag: ""\nsecurityContext: {}\n',
    'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nappVersion: "1.0"\n',
    'package.json': '{\n  "name": "app",\n  "version": "1.0.0",\n  "scripts": {"test": "jest"}\n}\n',
    'docker-compose.yml': 'version: "3.8"\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n',
    '.github/workflows/ci.yml': 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n',
    'comments.yaml': '# this file only has comments\n# nothing else\n',
    'tests/expected.yaml': '- name: check privileged\n  result: fail\n- name: check hostPath\n  result: pass\n',
    'scheduler-policy.json': '{"kind": "Policy", "apiVersion": "v1", "predicates": [{"name": "PodFitsPorts"}]}\n',
    'kubeconfig.yaml': 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n',
    'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts: [{image: app}]\n',
    'kustomization.yaml': 'resources:\n- deployment.yaml\nimages:\n- name: app\n  newTag: v2\n',
    'overlay/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../base]\n',
    'numbers.json': '[1, 2, 3]\n',
    'broken-config.yaml': 'settings:\n  a: [unclosed\n',
};
describe('files that are not Kubernetes objects', () => {
    it('are skipped with one info note each, and never an error', () => {
        const inv = loadInventory([...Object.entries(NOT_OBJECTS).map(([file, content]) => ({ file, content })), { file: 'pod.yaml', content: pod }]);
        assert.deepEqual(inv.diagnostics, [], 'no errors or warnings');
        assert.deepEqual(inv.objects.map((o) => o.name), ['p']);
        assert.deepEqual(inv.notes.map((n) => n.file).sort(), Object.keys(NOT_OBJECTS).sort(), 'one note per file');
        assert.ok(inv.notes.every((n) => n.severity === 'info'));
        assert.match(inv.notes.find((n) => n.file === 'kustomization.yaml').message, /a kustomization/);
        assert.match(inv.notes.find((n) => n.file === 'overlay/kustomization.yaml').message, /a kustomization/);
    });
    it('two kustomizations are not taken for component configuration or for duplicates', () => {
        const k = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n';
        const inv = loadInventory([
            { file: 'a/kustomization.yaml', content: k },
            { file: 'b/kustomization.yaml', content: k },
        ]);
        assert.deepEqual(inv.diagnostics, []);
        assert.deepEqual(inv.objects, []);
    });
    it('documents that look like Kubernetes objects and are broken stay errors', () => {
        const inv = loadInventory([
            { file: 'a.yaml', content: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n' },
            { file: 'b.json', content: '{"apiVersion": "v1", "kind": "Pod",}' },
            { file: 'c.yaml', content: 'kind: Deployment\nmetadata: {name: x}\n' },
            { file: 'd.yaml', content: 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nspec: {}\n' },
        ]);
        assert.deepEqual(inv.diagnostics.map((d) => [d.file, d.severity, d.code]), [
            ['a.yaml', 'error', 'yaml-syntax'],
            ['b.json', 'error', 'json-syntax'],
            ['c.yaml', 'error', 'missing-field'],
            ['d.yaml', 'error', 'missing-field'],
        ]);
    });
});
describe('Go templates are not invalid YAML', () => {
    const template = yaml `
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
      labels:
        {{- include "web.labels" . | nindent 4 }}
    spec:
      template:
        spec:
          containers:
          - name: web
            image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
            {{- with .Values.securityContext }}
            securityContext:
              {{- toYaml . | nindent 12 }}
            {{- end }}
  `;
    it('an unrendered template is one warning naming the command to render it, never an error', () => {
        const inv = loadInventory([
            { file: 'chart/templates/deployment.yaml', content: template },
            { file: 'chart/templates/service.yaml', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n' },
        ]);
        assert.deepEqual(inv.diagnostics.map((d) => [d.file, d.severity, d.code]), [
            ['chart/templates/deployment.yaml', 'warning', 'unrendered-template'],
            ['chart/templates/service.yaml', 'warning', 'unrendered-template'],
        ]);
        assert.match(inv.diagnostics[0].message, /helm template chart \| rampart scan -f -/);
    });
    it('a templated name that parses as YAML is described in YAML terms when it is not a template', () => {
        // `{a: 1}` is a flow mapping: the message says "a mapping", not [object Object]
        const inv = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {a: 1}\n');
        assert.equal(inv.diagnostics.length, 1);
        assert.match(inv.diagnostics[0].message, /metadata\.name must be a string \(got a mapping\)/);
        assert.equal(inv.diagnostics[0].line, 4);
    });
    it('valid YAML with {{ }} in strings (alert templates) loads as usual', () => {
        const inv = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: alerts}\ndata:\n  rule: |\n    {{ $labels.instance }} is down\n  summary: "{{ $value }} errors"\n');
        assert.deepEqual(inv.diagnostics, []);
        assert.equal(inv.objects.length, 1);
    });
});
describe('parsing corners', () => {
    it('a JSON document followed by --- (valid YAML) is read, with positions', () => {
        const json = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { hostPID: true } }, null, 2);
        const inv = loadText(`${json}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n---\n${json.replace('"a"', '"c"')}\n`, 'mixed.yaml');
        assert.deepEqual(inv.diagnostics, []);
        assert.deepEqual(inv.objects.map((o) => [o.name, o.origin.document]), [
            ['a', 0],
            ['b', 1],
            ['c', 2],
        ]);
        assert.equal(inv.objects[0].locate('/spec/hostPID').line, 8);
        assert.equal(inv.objects[2].locate('/spec/hostPID').line, 23);
    });
    it('null list items and null fields inside them are accepted, as the API server does', () => {
        const inv = loadText(yaml `
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          tolerations: [{effect: null, key: a, operator: Exists}]
          containers:
          - name: c
            image: x
            env:
            - name: A
              value:
            ports:
            - containerPort: 80
              hostPort: null
      `);
        assert.deepEqual(inv.diagnostics, []);
        assert.equal(inv.objects.length, 1);
    });
});
describe('what the API server rejects', () => {
    const podWith = (spec) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${spec}`;
    it('two containers with the same name (across containers and initContainers)', () => {
        const inv = loadText(podWith('  initContainers:\n  - {name: app, image: busybox}\n  containers:\n  - {name: app, image: nginx}\n'));
        assert.equal(inv.objects.length, 0);
        assert.equal(inv.diagnostics[0].code, 'invalid-field');
        assert.equal(inv.diagnostics[0].line, 8);
        assert.match(inv.diagnostics[0].message, /\/spec\/containers\/0\/name duplicate container name "app" \(also initContainers\[0\]\)/);
    });
    it('a Localhost seccomp profile without localhostProfile, and a localhostProfile without Localhost', () => {
        const inv = loadText(podWith('  securityContext:\n    seccompProfile: {type: Localhost}\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      appArmorProfile: {type: RuntimeDefault, localhostProfile: p}\n'));
        assert.equal(inv.objects.length, 0);
        assert.match(inv.diagnostics[0].message, /\/spec\/securityContext\/seccompProfile localhostProfile must be set when seccomp type is Localhost; \/spec\/containers\/0\/securityContext\/appArmorProfile\/localhostProfile can only be set when AppArmor type is Localhost/);
        assert.equal(inv.diagnostics[0].line, 6);
        const fine = loadText(podWith('  securityContext:\n    seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}\n  containers:\n  - {name: c, image: x}\n'));
        assert.deepEqual(fine.diagnostics, []);
    });
    it('apiVersion v1 with kind Deployment; a Deployment of another group is a custom resource', () => {
        const inv = loadText('apiVersion: v1\nkind: Deployment\nmetadata: {name: d}\n---\napiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: custom}\n---\napiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: old}\n');
        assert.deepEqual(inv.diagnostics.map((d) => [d.code, d.line]), [['invalid-field', 1]]);
        assert.match(inv.diagnostics[0].message, /apiVersion "v1" has no kind Deployment.*Deployment is apps\/v1/);
        assert.deepEqual(inv.objects.map((o) => o.name), ['custom', 'old']);
    });
});
//# sourceMappingURL=recognize.test.js.map