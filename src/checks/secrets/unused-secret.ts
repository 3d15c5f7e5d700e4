import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { annotationsOf, SERVICE_ACCOUNT_TOKEN_TYPE } from '../../analysis/secrets.js';
import type { Inventory } from '../../inventory/inventory.js';
import { apiGroup } from '../../k8s/scope.js';
import { isRecord } from '../../k8s/types.js';

/** API groups of Kubernetes itself; objects of other groups are custom resources, read for Secret names. */
const BUILT_IN_GROUP = /^(?:|apps|batch|autoscaling|policy|extensions|[a-z.]*\.k8s\.io)$/;

export default defineCheck({
  meta: {
    id: 'secrets.unused-secret',
    title: 'Secret used by no workload',
    severity: 'low',
    category: 'secrets',
    area: 'secrets',
    rationale:
      'A Secret nothing uses is a credential kept for no purpose: it can still be read by everyone allowed to read Secrets in its namespace, it is copied into every backup, ' +
      'and it is usually forgotten when credentials are rotated, so it tends to be an old, still-valid password or key. ' +
      'A Secret counts as used when a pod template mounts it (`secret` or `projected` volumes, CSI and other volume plugins), reads it (`env`, `envFrom`), pulls images with it (`imagePullSecrets`), ' +
      'when a ServiceAccount lists it, an Ingress or Gateway terminates TLS with it or names it in an annotation (`nginx.ingress.kubernetes.io/auth-secret`), a PersistentVolume or StorageClass passes it to a driver, ' +
      'a container argument names it (`--default-ssl-certificate=ns/name`), a Role names it in `resourceNames` (a controller reading it through the API, as the Kubernetes Dashboard does), ' +
      'or a custom resource mentions its name (cert-manager Issuers, ExternalSecrets, Argo CD, Flux). Secrets that controllers write and read themselves are not reported: ' +
      'service account tokens (their own check), Helm release records, bootstrap tokens, Secrets with an owner, and those marked by the labels and annotations listed in the options. ' +
      'Files are a partial view of a cluster (the consumer may be in another directory), so there the finding is info.',
    remediation:
      'Check that nothing reads the Secret through the API (controller logs, audit logs: `rampart audit report` lists Secret readers), then delete it, and revoke the credential it holds at its source:\n\n' +
      '```sh\nkubectl delete secret old-db-credentials -n shop\n```',
    references: {
      cis: ['policies.secret-access'],
      nsa: ['network.secrets'],
      mitre: ['T1552.007'],
      microsoft: ['MS-TA9025'],
      kcsa: ['security-fundamentals'],
      docs: ['https://kubernetes.io/docs/concepts/security/secrets-good-practices/', 'https://kubernetes.io/docs/concepts/configuration/secret/#using-a-secret'],
    },
    options: {
      ignoredTypes: option.strings(
        [SERVICE_ACCOUNT_TOKEN_TYPE, 'helm.sh/release.v1', 'bootstrap.kubernetes.io/token'],
        'Secret types that controllers write and read through the API.',
      ),
      ignoredNamespaces: option.strings(['kube-system', 'kube-public', 'kube-node-lease'], 'Namespaces whose Secrets are read by control-plane components through the API.'),
      consumerLabels: option.strings(
        ['argocd.argoproj.io/secret-type', 'sealedsecrets.bitnami.com/sealed-secrets-key', 'reconcile.external-secrets.io/created-by', 'cnpg.io/reload', 'velero.io/*', 'fluxcd.io/*', 'toolkit.fluxcd.io/*'],
        'Label keys (or prefixes ending with `*`) that mark a Secret read by a controller through the API.',
      ),
      consumerAnnotations: option.strings(
        ['cert-manager.io/*', 'replicator.v1.mittwald.de/*', 'reflector.v1.k8s.emberstack.com/*', 'kubed.appscode.com/*', 'tekton.dev/*', 'build.knative.dev/*', 'jenkins.io/*'],
        'Annotation keys (or prefixes ending with `*`) that mark a Secret written or read by a controller (cert-manager certificates, Secret replicators, CI credentials).',
      ),
    },
  },
  applies: (inventory) => inventory.ofKind('Secret').length > 0,
  run(ctx) {
    const consumerLabel = matcher(ctx.options.consumerLabels);
    const consumerAnnotation = matcher(ctx.options.consumerAnnotations);
    const candidates = ctx.inventory.ofKind('Secret').filter((s) => {
      const type = typeof s.object.type === 'string' ? s.object.type : 'Opaque';
      if (ctx.options.ignoredTypes.includes(type) || ctx.options.ignoredNamespaces.includes(s.namespace ?? 'default')) return false;
      if (Array.isArray(s.object.metadata.ownerReferences) && s.object.metadata.ownerReferences.length > 0) return false;
      const labels = isRecord(s.object.metadata.labels) ? Object.keys(s.object.metadata.labels) : [];
      return !labels.some(consumerLabel) && !Object.keys(annotationsOf(s.object)).some(consumerAnnotation);
    });
    if (candidates.length === 0) return;
    const used = usedSecrets(ctx.inventory, new Set(candidates.map((s) => s.name)));
    for (const secret of candidates) {
      const namespace = secret.namespace ?? 'default';
      if (used.has(`${namespace}/${secret.name}`) || used.has(`*/${secret.name}`)) continue;
      ctx.report({
        object: secret,
        pointer: '/metadata/name',
        severity: ctx.inventory.complete ? undefined : 'info',
        message:
          `Secret "${secret.name}" is used by nothing in the ${ctx.inventory.complete ? 'cluster' : 'input'}: no pod mounts it, reads it or pulls images with it, and no ServiceAccount, Ingress, Role or custom resource names it` +
          (ctx.inventory.complete ? '' : ' (files are a partial view: its consumer may be elsewhere)'),
        evidence: { namespace, type: typeof secret.object.type === 'string' ? secret.object.type : 'Opaque' },
      });
    }
  },
});

/** Exact keys, or prefixes ending with `*`. */
function matcher(patterns: readonly string[]): (key: string) => boolean {
  const exact = new Set(patterns.filter((p) => !p.endsWith('*')));
  const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
  return (key) => exact.has(key) || prefixes.some((p) => key.startsWith(p));
}

/** `namespace/name` of every Secret something in the inventory refers to; namespace `*` stands for any namespace. */
function usedSecrets(inventory: Inventory, names: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  const add = (namespace: string, name: unknown): void => {
    if (typeof name !== 'string' || name === '') return;
    // `namespace/name` references (ingress-nginx annotations and flags, Gateway certificateRefs)
    const slash = name.lastIndexOf('/');
    const base = slash >= 0 ? name.slice(slash + 1) : name;
    // only the names of Secrets that may be unused matter: most strings are not one
    if (!names.has(base)) return;
    if (slash > 0) used.add(`${name.slice(0, slash).replace(/^.*[/=]/, '')}/${base}`);
    used.add(`${namespace}/${base}`);
  };
  for (const pod of inventory.podSpecs()) {
    const ns = pod.namespace;
    for (const s of pod.spec.imagePullSecrets ?? []) add(ns, s?.name);
    for (const v of pod.spec.volumes ?? []) collectVolume(v, (name) => add(ns, name));
    for (const c of pod.containers) {
      for (const e of c.container.env ?? []) add(ns, e?.valueFrom?.secretKeyRef?.name);
      for (const e of c.container.envFrom ?? []) add(ns, e?.secretRef?.name);
      for (const list of [c.container.args, c.container.command]) {
        if (!Array.isArray(list)) continue;
        for (const arg of list) {
          if (typeof arg !== 'string') continue;
          // --default-ssl-certificate=$(POD_NAMESPACE)/default-cert, --tls-secret=ns/name, --secret-name name
          const value = arg.slice(arg.lastIndexOf('=') + 1);
          if (value.startsWith('-')) continue;
          if (value.includes(',') || value.includes(' ')) for (const token of value.split(/[,\s]+/)) add(ns, token);
          else add(ns, value);
        }
      }
    }
  }
  for (const sa of inventory.ofKind('ServiceAccount')) {
    const ns = sa.namespace ?? 'default';
    for (const field of ['secrets', 'imagePullSecrets'] as const) {
      const list = sa.object[field];
      if (Array.isArray(list)) for (const s of list) if (isRecord(s)) add(ns, s.name);
    }
  }
  for (const ingress of inventory.ofKind('Ingress')) {
    const ns = ingress.namespace ?? 'default';
    const spec = ingress.object.spec;
    if (isRecord(spec) && Array.isArray(spec.tls)) for (const t of spec.tls) if (isRecord(t)) add(ns, t.secretName);
    for (const [key, value] of Object.entries(annotationsOf(ingress.object))) if (/secret/i.test(key) && typeof value === 'string') add(ns, value.trim());
  }
  // Roles naming Secrets in resourceNames: a controller reads them through the API
  for (const kind of ['Role', 'ClusterRole']) {
    for (const role of inventory.ofKind(kind)) {
      const rules = role.object.rules;
      if (!Array.isArray(rules)) continue;
      for (const rule of rules) {
        if (!isRecord(rule) || !Array.isArray(rule.resources) || !rule.resources.includes('secrets') || !Array.isArray(rule.resourceNames)) continue;
        for (const name of rule.resourceNames) {
          if (typeof name !== 'string') continue;
          add(role.namespace ?? '*', name);
        }
      }
    }
  }
  // PersistentVolumes, StorageClasses and custom resources: any string naming a Secret
  const walkKinds = new Set(['PersistentVolume', 'StorageClass', 'Gateway']);
  const builtIn = new Map<string, boolean>();
  for (const o of inventory.objects) {
    let isBuiltIn = builtIn.get(o.ref.apiVersion);
    if (isBuiltIn === undefined) builtIn.set(o.ref.apiVersion, (isBuiltIn = BUILT_IN_GROUP.test(apiGroup(o.ref.apiVersion))));
    if (isBuiltIn && !walkKinds.has(o.kind)) continue;
    // a cluster-scoped object (PersistentVolume, StorageClass, ClusterIssuer) may name a Secret of any namespace
    const ns = o.namespace ?? '*';
    walkStrings(o.object, 0, (s) => add(ns, s));
  }
  return used;
}

/** Volume sources that never name a Secret: skipped without looking inside. */
const NO_SECRET_SOURCES = new Set(['name', 'configMap', 'emptyDir', 'hostPath', 'persistentVolumeClaim', 'downwardAPI', 'ephemeral', 'image', 'nfs']);

function collectVolume(volume: unknown, add: (name: unknown) => void): void {
  if (!isRecord(volume)) return;
  for (const key in volume) {
    const source = volume[key];
    if (NO_SECRET_SOURCES.has(key) || !isRecord(source)) continue;
    if (key === 'projected' && Array.isArray(source.sources)) {
      for (const s of source.sources) if (isRecord(s) && isRecord(s.secret)) add(s.secret.name);
      continue;
    }
    // secret.secretName, azureFile.secretName, csi.nodePublishSecretRef, cephfs/rbd/iscsi/flexVolume secretRef
    add(source.secretName);
    for (const [k, v] of Object.entries(source)) if (/secretref$/i.test(k) && isRecord(v)) add(v.name);
  }
}

function walkStrings(value: unknown, depth: number, visit: (s: string) => void): void {
  if (depth > 12) return;
  if (typeof value === 'string') {
    if (value.length <= 253) visit(value);
  } else if (Array.isArray(value)) {
    for (const v of value) walkStrings(v, depth + 1, visit);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) if (k !== 'managedFields' && k !== 'status') walkStrings(v, depth + 1, visit);
  }
}
