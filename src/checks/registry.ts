import type { Check } from './check.js';
import { WORKLOAD_CHECKS } from './workload/index.js';
import { IMAGES_CHECKS } from './images/index.js';
import { NETWORK_CHECKS } from './network/index.js';
import { SECRETS_CHECKS } from './secrets/index.js';
import { NAMESPACES_CHECKS } from './namespaces/index.js';
import { PSS_CHECKS } from './pss/index.js';
import { RBAC_CHECKS } from './rbac/index.js';
import { EXCEPTIONS_CHECKS } from './exceptions/index.js';
import { CONTROLPLANE_CHECKS } from './controlplane/index.js';
import { ETCD_CHECKS } from './etcd/index.js';
import { KUBELET_CHECKS } from './kubelet/index.js';
import { NODE_CHECKS } from './node/index.js';
import { VERSIONS_CHECKS } from './versions/index.js';
import { DASHBOARDS_CHECKS } from './dashboards/index.js';

/** Every check Rampart runs, in id order. Each category folder lists its own in its index.ts. */
export const ALL_CHECKS: readonly Check[] = [
  ...PSS_CHECKS,
  ...WORKLOAD_CHECKS,
  ...IMAGES_CHECKS,
  ...NETWORK_CHECKS,
  ...SECRETS_CHECKS,
  ...NAMESPACES_CHECKS,
  ...EXCEPTIONS_CHECKS,
  ...RBAC_CHECKS,
  ...CONTROLPLANE_CHECKS,
  ...ETCD_CHECKS,
  ...KUBELET_CHECKS,
  ...NODE_CHECKS,
  ...VERSIONS_CHECKS,
  ...DASHBOARDS_CHECKS,
].sort((a, b) =>
  a.meta.id < b.meta.id ? -1 : 1,
);

export function findCheck(id: string): Check | undefined {
  return ALL_CHECKS.find((c) => c.meta.id === id);
}
