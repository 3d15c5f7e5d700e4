/**
 * The node bundle: what `rampart node collect` writes and `rampart scan` reads, as a directory or a
 * gzipped tar of the same layout:
 *
 *   rampart-node.json        the NodeBundle object: the node, and every file CIS cares about with
 *                            its type, mode, owner and size (never its content when it holds keys)
 *   files/<path on the node> copies of configuration files that hold no secrets (static pod
 *                            manifests, KubeletConfiguration, audit policy...), some sanitized
 *   <component>.flags        command lines of the components found running (from /proc)
 */

import { NODE_API_VERSION } from '../../analysis/components/components.js';

export const BUNDLE_MANIFEST = 'rampart-node.json';
export const BUNDLE_FILES = 'files';
export const NODE_BUNDLE_KIND = 'NodeBundle';
export { NODE_API_VERSION };

/** What a file is to the CIS Benchmark (sections 1.1 and 4.1). */
export const FILE_ROLES = [
  'apiserver-manifest',
  'controller-manager-manifest',
  'scheduler-manifest',
  'etcd-manifest',
  'cni-config',
  'etcd-data-dir',
  'admin-kubeconfig',
  'scheduler-kubeconfig',
  'controller-manager-kubeconfig',
  'pki',
  'pki-certificate',
  'pki-key',
  'kubelet-service',
  'proxy-kubeconfig',
  'kubelet-kubeconfig',
  'client-ca',
  'kubelet-config',
  'kube-proxy-config',
  'encryption-config',
  'audit-policy',
  'admission-config',
  'token-file',
] as const;
export type FileRole = (typeof FILE_ROLES)[number];

export type BundleFileType = 'file' | 'directory' | 'symlink' | 'other' | 'missing' | 'unreadable';

/**
 * - copied: the file's bytes are in files/<path>;
 * - sanitized: a copy with secret values replaced (an EncryptionConfiguration's keys);
 * - withheld: only its metadata, because it holds or may hold key material or credentials.
 */
export type ContentDisposition = 'copied' | 'sanitized' | 'withheld';

export interface BundleFile {
  /** Absolute path on the node. */
  readonly path: string;
  readonly type: BundleFileType;
  /** Permission bits in octal, e.g. "0600" (of the link's target for a symlink). */
  readonly mode?: string;
  readonly uid?: number;
  readonly gid?: number;
  /** Owner names from the node's /etc/passwd and /etc/group; absent when unknown. */
  readonly user?: string;
  readonly group?: string;
  readonly size?: number;
  /** For a symbolic link: where it points. */
  readonly target?: string;
  readonly roles: readonly FileRole[];
  readonly content?: ContentDisposition;
  /** Why the content was withheld or sanitized, or why the file could not be read. */
  readonly reason?: string;
}

export interface NodeBundleDocument {
  readonly apiVersion: typeof NODE_API_VERSION;
  readonly kind: typeof NODE_BUNDLE_KIND;
  readonly metadata: { readonly name: string };
  readonly collector: { readonly version: string; readonly root: string; readonly collectedAt: string };
  readonly files: readonly BundleFile[];
  /** The `*.flags` files of this bundle. */
  readonly commandLines: readonly string[];
}

/** `0640` → 0o640. */
export function parseMode(mode: string | undefined): number | undefined {
  return mode !== undefined && /^0?[0-7]{3,4}$/.test(mode) ? parseInt(mode, 8) : undefined;
}

export function formatMode(mode: number): string {
  return '0' + (mode & 0o7777).toString(8).padStart(3, '0');
}
