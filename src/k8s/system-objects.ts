/**
 * Objects Kubernetes creates itself, in every cluster, before anyone applies a manifest: the
 * `kubernetes` Service and its endpoints, a `kube-root-ca.crt` ConfigMap and a `default`
 * ServiceAccount in every namespace, the system PriorityClasses, the namespaces themselves, and
 * what kubeadm adds. A dump of a cluster (`kubectl get -A -o json`, a snapshot) holds them; they
 * are not the user's mistakes, so findings on them are left out **while they are as Kubernetes
 * creates them**. Once changed (a selector on the `kubernetes` Service, a token automount setting
 * or image pull secret on a `default` ServiceAccount, workloads in the `default` namespace), they
 * are the user's objects and are judged like any other.
 *
 * One place for this knowledge: a list of sources, each knowing a family of objects. Bootstrap
 * RBAC (roles and bindings the API server reconciles) is known by `src/analysis/rbac/bootstrap.ts`;
 * its engine may add a source here for findings on those objects.
 */
import type { KubernetesObject } from './types.js';
import { isRecord } from './types.js';

export interface SystemObjectContext {
  /** True when pod-bearing objects run in the namespace. */
  namespaceInUse(namespace: string): boolean;
}

export interface SystemObject {
  /** Who creates it, for notes: "the API server", "kubeadm". */
  readonly createdBy: string;
  /** True while the object is as its creator makes it. */
  untouched(object: KubernetesObject, context: SystemObjectContext): boolean;
}

/** Knows a family of system objects by identity. */
export interface SystemObjectSource {
  known(kind: string, namespace: string | undefined, name: string): SystemObject | undefined;
}

/** Metadata the API server manages on every object: never a user's change. */
const SERVER_METADATA = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'selfLink']);

/** Metadata beyond the server's own holds only these labels and annotations (values must match where given). */
function metadataIs(object: KubernetesObject, labels: Readonly<Record<string, string | undefined>> = {}, annotations: readonly string[] = []): boolean {
  const meta = object.metadata as unknown as Record<string, unknown>;
  for (const key of Object.keys(meta)) {
    if (SERVER_METADATA.has(key)) continue;
    const value = meta[key];
    if (key === 'labels' && isRecord(value)) {
      if (!Object.entries(value).every(([k, v]) => k in labels && (labels[k] === undefined || labels[k] === v))) return false;
    } else if (key === 'annotations' && isRecord(value)) {
      if (!Object.keys(value).every((k) => annotations.includes(k))) return false;
    } else return false;
  }
  return true;
}

/** The top-level fields other than apiVersion, kind and metadata (kubectl's `status` is ignored). */
function fieldsBeyond(object: KubernetesObject, allowed: readonly string[]): boolean {
  return Object.keys(object).every((k) => k === 'apiVersion' || k === 'kind' || k === 'metadata' || k === 'status' || allowed.includes(k));
}

function onlyKeys(map: unknown, allowed: (key: string) => boolean): boolean {
  return map === undefined || (isRecord(map) && Object.keys(map).every(allowed));
}

const API_SERVER = 'the API server';

/**
 * Created by the API server and its controllers (k8s.io/kubernetes: pkg/controlplane
 * controller "kubernetes" Service and Endpoints; pkg/controller/certificates/rootcacertpublisher;
 * pkg/controller/serviceaccount tokens_controller's `default` account; the system PriorityClasses
 * of pkg/apis/scheduling; the namespaces of pkg/controlplane/controller/systemnamespaces; the
 * authentication ConfigMap of pkg/controlplane/controller/clusterauthenticationtrust).
 */
const KUBERNETES: SystemObjectSource = {
  known(kind, namespace, name) {
    switch (kind) {
      case 'Service':
        return namespace === 'default' && name === 'kubernetes' ? KUBERNETES_SERVICE : undefined;
      case 'Endpoints':
      case 'EndpointSlice':
        // rewritten by the API server continuously: a change would not last
        return namespace === 'default' && name === 'kubernetes' ? { createdBy: API_SERVER, untouched: () => true } : undefined;
      case 'ConfigMap':
        if (name === 'kube-root-ca.crt') return ROOT_CA;
        return namespace === 'kube-system' && name === 'extension-apiserver-authentication' ? AUTHENTICATION_CONFIG : undefined;
      case 'ServiceAccount':
        return name === 'default' ? DEFAULT_ACCOUNT : undefined;
      case 'PriorityClass':
        return PRIORITY_CLASSES[name] !== undefined ? { createdBy: API_SERVER, untouched: (o) => o.value === PRIORITY_CLASSES[name] && metadataIs(o) } : undefined;
      case 'Namespace':
        return SYSTEM_NAMESPACE_NAMES.has(name) ? NAMESPACE : undefined;
      default:
        return undefined;
    }
  },
};

const KUBERNETES_SERVICE: SystemObject = {
  createdBy: API_SERVER,
  untouched(o) {
    const spec = o.spec;
    if (!isRecord(spec) || !metadataIs(o, { component: 'apiserver', provider: 'kubernetes' })) return false;
    if (spec.selector !== undefined || spec.externalIPs !== undefined || (spec.type !== undefined && spec.type !== 'ClusterIP')) return false;
    const ports = spec.ports;
    return Array.isArray(ports) && ports.every((p) => isRecord(p) && p.name === 'https' && p.port === 443 && (p.protocol === undefined || p.protocol === 'TCP'));
  },
};

const ROOT_CA: SystemObject = {
  createdBy: API_SERVER,
  untouched: (o) =>
    metadataIs(o, {}, ['kubernetes.io/description']) &&
    fieldsBeyond(o, ['data']) &&
    onlyKeys(o.data, (k) => k === 'ca.crt') &&
    !(isRecord(o.data) && typeof o.data['ca.crt'] === 'string' && o.data['ca.crt'].includes('PRIVATE KEY')),
};

const AUTHENTICATION_KEYS = new Set([
  'client-ca-file',
  'requestheader-allowed-names',
  'requestheader-client-ca-file',
  'requestheader-extra-headers-prefix',
  'requestheader-group-headers',
  'requestheader-username-headers',
  'requestheader-uid-headers',
]);

const AUTHENTICATION_CONFIG: SystemObject = {
  createdBy: API_SERVER,
  untouched: (o) => metadataIs(o) && fieldsBeyond(o, ['data']) && onlyKeys(o.data, (k) => AUTHENTICATION_KEYS.has(k)),
};

const DEFAULT_ACCOUNT: SystemObject = {
  createdBy: 'the service account controller',
  // before v1.24 the controller also listed a `default-token-*` Secret; anything else is a change
  untouched: (o) => metadataIs(o) && fieldsBeyond(o, ['secrets']) && (o.secrets === undefined || (Array.isArray(o.secrets) && o.secrets.every((s) => isRecord(s) && typeof s.name === 'string' && s.name.startsWith('default-token-')))),
};

const PRIORITY_CLASSES: Readonly<Record<string, number>> = { 'system-cluster-critical': 2000000000, 'system-node-critical': 2000001000 };

const SYSTEM_NAMESPACE_NAMES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

const NAMESPACE: SystemObject = {
  createdBy: API_SERVER,
  // `default` is also where objects without a namespace land: once workloads run there, what it
  // enforces is the user's concern
  untouched: (o, context) => metadataIs(o, { 'kubernetes.io/metadata.name': o.metadata.name }) && fieldsBeyond(o, ['spec']) && !(o.metadata.name === 'default' && context.namespaceInUse('default')),
};

/** kubeadm's public cluster-info (bootstrap-signer signatures of the kubeconfig: public by design). */
const KUBEADM: SystemObjectSource = {
  known(kind, namespace, name) {
    if (kind === 'ConfigMap' && namespace === 'kube-public' && name === 'cluster-info') {
      return { createdBy: 'kubeadm', untouched: (o) => fieldsBeyond(o, ['data']) && onlyKeys(o.data, (k) => k === 'kubeconfig' || k.startsWith('jws-kubeconfig-')) };
    }
    return undefined;
  },
};

/** Every source of knowledge about system objects; add one here to extend it. */
export const SYSTEM_OBJECT_SOURCES: readonly SystemObjectSource[] = [KUBERNETES, KUBEADM];

/** What Kubernetes knows about an object of this identity, when it creates one itself. */
export function systemObject(kind: string, namespace: string | undefined, name: string): SystemObject | undefined {
  for (const source of SYSTEM_OBJECT_SOURCES) {
    const known = source.known(kind, namespace, name);
    if (known) return known;
  }
  return undefined;
}
