/**
 * Least privilege by subtraction: roles bound to nobody and bindings that bind nothing. Kubernetes'
 * built-in roles, and ClusterRoles aggregated into another role (used through it), are not unused.
 */
import type { RbacBinding, RbacRole, RbacWorld } from './world.js';

export interface UnusedRole {
  readonly role: RbacRole;
  /** Bindings that reference it but match nobody. */
  readonly boundBy: readonly RbacBinding[];
}

export interface UnusedBinding {
  readonly binding: RbacBinding;
  readonly reason: 'missing-role' | 'no-subjects';
}

export interface Unused {
  readonly roles: readonly UnusedRole[];
  readonly bindings: readonly UnusedBinding[];
}

export function unusedRbac(world: RbacWorld): Unused {
  const aggregated = new Set<RbacRole>();
  for (const r of world.roles) for (const from of r.aggregation?.from ?? []) aggregated.add(from);
  const roles: UnusedRole[] = [];
  for (const role of world.roles) {
    if (!role.object || role.stock || aggregated.has(role)) continue;
    const boundBy = world.bindingsOf(role);
    if (!boundBy.some((b) => b.subjects.some((s) => s.applies))) roles.push({ role, boundBy });
  }
  const bindings: UnusedBinding[] = [];
  for (const binding of world.bindings) {
    if (!binding.role) bindings.push({ binding, reason: 'missing-role' });
    else if (!binding.subjects.some((s) => s.applies) && !binding.stock) bindings.push({ binding, reason: 'no-subjects' });
  }
  return { roles, bindings };
}
