import type { Inventory } from '../inventory/inventory.js';
/** The resources every container should request and be limited on. */
export declare const LIMITED_RESOURCES: readonly ["cpu", "memory"];
export type Resource = (typeof LIMITED_RESOURCES)[number];
/** A quantity of 0 sets nothing: the kubelet treats a 0 limit as unlimited. */
export declare function isSet(value: unknown): boolean;
/** `resources.limits` or `resources.requests` of a container or pod spec, or {}. */
export declare function resourcesOf(holder: unknown, which: 'limits' | 'requests'): Record<string, unknown>;
/**
 * Resources that a LimitRange in the namespace fills in for containers that leave them out (the
 * LimitRanger admission plugin): `default` gives limits, `defaultRequest` requests. Each resource
 * maps to the LimitRange that supplies it.
 */
export declare function limitRangeDefaults(inventory: Inventory, namespace: string, field: 'default' | 'defaultRequest'): Map<Resource, string>;
