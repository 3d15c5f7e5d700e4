import type { Inventory } from '../../inventory/inventory.js';
import { networkFacts, type NetworkFacts } from '../../analysis/netpol/facts.js';
import type { Workload } from '../../analysis/netpol/model.js';
import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';
import { option } from '../options.js';

/** The `ignoreNamespaces` option the workload-level network checks share. */
export const ignoreNamespacesOption = () => option.strings([...SYSTEM_NAMESPACES].sort(), 'Namespaces whose workloads are not reported (the cluster\'s own components).');

/** Workloads the network checks report on, with the shared facts; findings point at the pod template's labels. */
export function networkWorkloads(inventory: Inventory, ignore: readonly string[]): { facts: NetworkFacts; workloads: { workload: Workload; pointer: string }[] } {
  const facts = inventory.analysis(networkFacts, undefined);
  const workloads = facts.model.workloads.filter((w) => !ignore.includes(w.namespace)).map((workload) => ({ workload, pointer: workload.pods[0].view.metadataPointer }));
  return { facts, workloads };
}
