import type { Check } from '../check.js';
import adminKubeconfigOwnership from './admin-kubeconfig-ownership.js';
import adminKubeconfigPermissions from './admin-kubeconfig-permissions.js';
import apiserverManifestOwnership from './apiserver-manifest-ownership.js';
import apiserverManifestPermissions from './apiserver-manifest-permissions.js';
import clientCaOwnership from './client-ca-ownership.js';
import clientCaPermissions from './client-ca-permissions.js';
import cniOwnership from './cni-ownership.js';
import cniPermissions from './cni-permissions.js';
import controllerManagerKubeconfigOwnership from './controller-manager-kubeconfig-ownership.js';
import controllerManagerKubeconfigPermissions from './controller-manager-kubeconfig-permissions.js';
import controllerManagerManifestOwnership from './controller-manager-manifest-ownership.js';
import controllerManagerManifestPermissions from './controller-manager-manifest-permissions.js';
import etcdDataDirOwnership from './etcd-data-dir-ownership.js';
import etcdDataDirPermissions from './etcd-data-dir-permissions.js';
import etcdManifestOwnership from './etcd-manifest-ownership.js';
import etcdManifestPermissions from './etcd-manifest-permissions.js';
import kubeProxyMetricsBindAddress from './kube-proxy-metrics-bind-address.js';
import kubeletConfigOwnership from './kubelet-config-ownership.js';
import kubeletConfigPermissions from './kubelet-config-permissions.js';
import kubeletKubeconfigOwnership from './kubelet-kubeconfig-ownership.js';
import kubeletKubeconfigPermissions from './kubelet-kubeconfig-permissions.js';
import kubeletServiceOwnership from './kubelet-service-ownership.js';
import kubeletServicePermissions from './kubelet-service-permissions.js';
import pkiCertificatePermissions from './pki-certificate-permissions.js';
import pkiKeyPermissions from './pki-key-permissions.js';
import pkiOwnership from './pki-ownership.js';
import proxyKubeconfigOwnership from './proxy-kubeconfig-ownership.js';
import proxyKubeconfigPermissions from './proxy-kubeconfig-permissions.js';
import schedulerKubeconfigOwnership from './scheduler-kubeconfig-ownership.js';
import schedulerKubeconfigPermissions from './scheduler-kubeconfig-permissions.js';
import schedulerManifestOwnership from './scheduler-manifest-ownership.js';
import schedulerManifestPermissions from './scheduler-manifest-permissions.js';

export const NODE_CHECKS: readonly Check[] = [
  adminKubeconfigOwnership,
  adminKubeconfigPermissions,
  apiserverManifestOwnership,
  apiserverManifestPermissions,
  clientCaOwnership,
  clientCaPermissions,
  cniOwnership,
  cniPermissions,
  controllerManagerKubeconfigOwnership,
  controllerManagerKubeconfigPermissions,
  controllerManagerManifestOwnership,
  controllerManagerManifestPermissions,
  etcdDataDirOwnership,
  etcdDataDirPermissions,
  etcdManifestOwnership,
  etcdManifestPermissions,
  kubeProxyMetricsBindAddress,
  kubeletConfigOwnership,
  kubeletConfigPermissions,
  kubeletKubeconfigOwnership,
  kubeletKubeconfigPermissions,
  kubeletServiceOwnership,
  kubeletServicePermissions,
  pkiCertificatePermissions,
  pkiKeyPermissions,
  pkiOwnership,
  proxyKubeconfigOwnership,
  proxyKubeconfigPermissions,
  schedulerKubeconfigOwnership,
  schedulerKubeconfigPermissions,
  schedulerManifestOwnership,
  schedulerManifestPermissions,
] as readonly Check[];
