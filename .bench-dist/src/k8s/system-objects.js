import { isRecord } from './types.js';
/** Metadata the API server manages on every object: never a user's change. */
const SERVER_METADATA = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'selfLink']);
/** Metadata beyond the server's own holds only these labels and annotations (values must match where given). */
function metadataIs(object, labels = {}, annotations = []) {
    const meta = object.metadata;
    for (const key of Object.keys(meta)) {
        if (SERVER_METADATA.has(key))
            continue;
        const value = meta[key];
        if (key === 'labels' && isRecord(value)) {
            if (!Object.entries(value).every(([k, v]) => k in labels && (labels[k] === undefined || labels[k] === v)))
                return false;
        }
        else if (key === 'annotations' && isRecord(value)) {
            if (!Object.keys(value).every((k) => annotations.includes(k)))
                return false;
        }
        else
            return false;
    }
    return true;
}
/** The top-level fields other than apiVersion, kind and metadata (kubectl's `status` is ignored). */
function fieldsBeyond(object, allowed) {
    return Object.keys(object).every((k) => k === 'apiVersion' || k === 'kind' || k === 'metadata' || k === 'status' || allowed.includes(k));
}
function onlyKeys(map, allowed) {
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
const KUBERNETES = {
    known(kind, namespace, name) {
        switch (kind) {
            case 'Service':
                return namespace === 'default' && name === 'kubernetes' ? KUBERNETES_SERVICE : undefined;
            case 'Endpoints':
            case 'EndpointSlice':
                // rewritten by the API server continuously: a change would not last
                return namespace === 'default' && name === 'kubernetes' ? { createdBy: API_SERVER, untouched: () => true } : undefined;
            case 'ConfigMap':
                if (name === 'kube-root-ca.crt')
                    return ROOT_CA;
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
const KUBERNETES_SERVICE = {
    createdBy: API_SERVER,
    untouched(o) {
        const spec = o.spec;
        if (!isRecord(spec) || !metadataIs(o, { component: 'apiserver', provider: 'kubernetes' }))
            return false;
        if (spec.selector !== undefined || spec.externalIPs !== undefined || (spec.type !== undefined && spec.type !== 'ClusterIP'))
            return false;
        const ports = spec.ports;
        return Array.isArray(ports) && ports.every((p) => isRecord(p) && p.name === 'https' && p.port === 443 && (p.protocol === undefined || p.protocol === 'TCP'));
    },
};
const ROOT_CA = {
    createdBy: API_SERVER,
    untouched: (o) => metadataIs(o, {}, ['kubernetes.io/description']) &&
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
const AUTHENTICATION_CONFIG = {
    createdBy: API_SERVER,
    untouched: (o) => metadataIs(o) && fieldsBeyond(o, ['data']) && onlyKeys(o.data, (k) => AUTHENTICATION_KEYS.has(k)),
};
const DEFAULT_ACCOUNT = {
    createdBy: 'the service account controller',
    // before v1.24 the controller also listed a `default-token-*` Secret; anything else is a change
    untouched: (o) => metadataIs(o) && fieldsBeyond(o, ['secrets']) && (o.secrets === undefined || (Array.isArray(o.secrets) && o.secrets.every((s) => isRecord(s) && typeof s.name === 'string' && s.name.startsWith('default-token-')))),
};
const PRIORITY_CLASSES = { 'system-cluster-critical': 2000000000, 'system-node-critical': 2000001000 };
const SYSTEM_NAMESPACE_NAMES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);
const NAMESPACE = {
    createdBy: API_SERVER,
    // `default` is also where objects without a namespace land: once workloads run there, what it
    // enforces is the user's concern
    untouched: (o, context) => metadataIs(o, { 'kubernetes.io/metadata.name': o.metadata.name }) && fieldsBeyond(o, ['spec']) && !(o.metadata.name === 'default' && context.namespaceInUse('default')),
};
/** kubeadm's public cluster-info (bootstrap-signer signatures of the kubeconfig: public by design). */
const KUBEADM = {
    known(kind, namespace, name) {
        if (kind === 'ConfigMap' && namespace === 'kube-public' && name === 'cluster-info') {
            return { createdBy: 'kubeadm', untouched: (o) => fieldsBeyond(o, ['data']) && onlyKeys(o.data, (k) => k === 'kubeconfig' || k.startsWith('jws-kubeconfig-')) };
        }
        return undefined;
    },
};
/** Every source of knowledge about system objects; add one here to extend it. */
export const SYSTEM_OBJECT_SOURCES = [KUBERNETES, KUBEADM];
/** What Kubernetes knows about an object of this identity, when it creates one itself. */
export function systemObject(kind, namespace, name) {
    for (const source of SYSTEM_OBJECT_SOURCES) {
        const known = source.known(kind, namespace, name);
        if (known)
            return known;
    }
    return undefined;
}
//# sourceMappingURL=system-objects.js.map