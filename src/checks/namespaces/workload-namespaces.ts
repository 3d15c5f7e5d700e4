import type { Inventory } from '../../inventory/inventory.js';
import type { InventoryObject } from '../../inventory/object.js';
import { SYSTEM_NAMESPACES } from '../../k8s/scope.js';

/**
 * Namespaces that run workloads (outside the system namespaces), each with the object a
 * namespace-level finding is reported on: the Namespace when it is declared, else its first workload.
 */
export function namespacesWithWorkloads(inventory: Inventory): { namespace: string; object: InventoryObject; pointer: string; declared: boolean }[] {
  const first = new Map<string, InventoryObject>();
  for (const view of inventory.podSpecs()) if (!first.has(view.namespace)) first.set(view.namespace, view.owner);
  return [...first.entries()]
    .filter(([ns]) => !SYSTEM_NAMESPACES.has(ns))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([namespace, workload]) => {
      const declared = inventory.get('Namespace', undefined, namespace);
      return declared ? { namespace, object: declared, pointer: '', declared: true } : { namespace, object: workload, pointer: '/metadata/namespace', declared: false };
    });
}

/**
 * How a namespace-level "has no X" finding reads and weighs. Manifests that declare their Namespace
 * own its guardrails; for one they only deploy into (often "default"), files are a partial view of
 * the cluster, which may well hold the object: info, and said so.
 */
export function missingGuardrail(inventory: Inventory, entry: { namespace: string; declared: boolean }, what: string): { message: string; severity?: 'info' } {
  const message = `namespace "${entry.namespace}" runs workloads but has no ${what}`;
  if (entry.declared || inventory.complete) return { message };
  return { message: `${message} in the input (the input does not declare the namespace either, so the cluster may hold one)`, severity: 'info' };
}
