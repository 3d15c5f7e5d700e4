import type { Inventory } from '../inventory/inventory.js';
import type { PodSpecView } from '../inventory/pod-spec.js';
import { isRecord } from '../k8s/types.js';
import { findComponents } from './components/components.js';

/** Control-plane components that kubeadm, minikube and kind run as static pods. */
const STATIC_COMPONENTS: ReadonlySet<string> = new Set(['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd']);

/**
 * Whether a pod is a static pod: one the kubelet runs from a manifest on its node (kubeadm's
 * /etc/kubernetes/manifests), or its mirror in the API. The kubelet refuses a static pod that
 * refers to a ServiceAccount, ConfigMap or Secret, and the ServiceAccount admission plugin neither
 * assigns an account to a mirror pod nor mounts a token into it
 * (https://kubernetes.io/docs/tasks/configure-pod-container/static-pod/).
 *
 * Recognized by the kubelet's marks on a mirror pod (the `kubernetes.io/config.mirror` or
 * `kubernetes.io/config.source: file|http` annotations, a controller reference to its Node), or,
 * for a manifest file, by a bare Pod that names no service account and runs a control-plane
 * component.
 */
export function isStaticPod(inventory: Inventory, view: PodSpecView): boolean {
  const object = view.owner.object;
  if (object.kind !== 'Pod') return false;
  const metadata = object.metadata;
  const annotations = isRecord(metadata.annotations) ? metadata.annotations : {};
  if (annotations['kubernetes.io/config.mirror'] !== undefined) return true;
  const source = annotations['kubernetes.io/config.source'];
  if (source === 'file' || source === 'http') return true;
  const refs: unknown = metadata.ownerReferences;
  if (Array.isArray(refs) && refs.some((r) => isRecord(r) && r.kind === 'Node' && r.controller === true)) return true;
  const { serviceAccountName, serviceAccount } = view.spec;
  if ((typeof serviceAccountName === 'string' && serviceAccountName !== '') || (typeof serviceAccount === 'string' && serviceAccount !== '')) return false;
  return inventory.analysis(findComponents, undefined).some((c) => c.view?.owner === view.owner && STATIC_COMPONENTS.has(c.type));
}
