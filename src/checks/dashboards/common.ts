import type { Inventory } from '../../inventory/inventory.js';
import { DASHBOARD_KINDS, DASHBOARD_KIND_SCHEMA, dashboards, type Dashboard, type DashboardKind } from '../../analysis/dashboards.js';
import { exposedWorkloads, type Exposure } from '../../analysis/exposure.js';
import { podPower, type PodPower } from '../../analysis/netpol/power.js';
import { option } from '../options.js';

/** The `dashboards` option every dashboard check shares: which consoles to recognize and how their login is weakened. */
export const dashboardsOption = () =>
  option.table<DashboardKind>(
    DASHBOARD_KINDS,
    'Dashboards and admin consoles to recognize (by image repository, program or pod labels), whether they have a login at all, and the flags, environment variables and ConfigMap keys that weaken it.',
    DASHBOARD_KIND_SCHEMA,
  );

/** The dashboards of the inventory (memoized per table). */
export function findDashboards(inventory: Inventory, kinds: readonly DashboardKind[]): readonly Dashboard[] {
  return inventory.analysis(dashboards, kinds);
}

/** `Kubernetes Dashboard container "kubernetes-dashboard"`, for messages. */
export function describeDashboard(d: Dashboard): string {
  return `${d.kind.name} container "${d.container.name}"`;
}

/** What it means that the console acts as its service account, for messages. */
export function powerPhrase(p: PodPower): string {
  return `service account "${p.serviceAccount}" (${p.summary})`;
}

/** How the dashboard's pods can be reached from outside the cluster, if at all. */
export function exposuresOf(inventory: Inventory, d: Dashboard): readonly Exposure[] {
  return inventory.analysis(exposedWorkloads, undefined).get(d.view) ?? [];
}

export function powerOf(inventory: Inventory, d: Dashboard): PodPower {
  return podPower(inventory, d.view);
}

/** Whoever reaches it is in: no login at all, login turned off, or a skip button. */
export function openToAnyone(d: Dashboard): boolean {
  return d.kind.authentication === 'none' || d.authDisabled.length > 0 || d.skipLogin.length > 0;
}

export const DASHBOARD_DOCS = [
  'https://github.com/kubernetes/dashboard/blob/master/docs/common/dashboard-arguments.md',
  'https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md',
  'https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/',
];
