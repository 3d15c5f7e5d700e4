import type { Check } from '../checks/check.js';
import type { Control, Framework } from './catalogue.js';

/** A control with the checks that test it: what `rampart frameworks show` prints. */
export interface CoveredControl extends Control {
  readonly checks: readonly string[];
}

/** Every control of a framework (at a version) with the registered checks that reference it. */
export function coverage(framework: Framework, checks: readonly Check[], version?: string): CoveredControl[] {
  const byKey = new Map<string, string[]>();
  for (const { meta } of checks) {
    for (const key of framework.keysOf(meta.references, meta.area)) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(meta.id);
    }
  }
  return framework.controls(version).map((c) => ({ ...c, checks: byKey.get(c.key) ?? [] }));
}

/** Keys a check references that the framework does not know: a typo the meta-test rejects. */
export function unknownReferences(framework: Framework, checks: readonly Check[]): { check: string; key: string }[] {
  const known = new Set<string>();
  for (const v of framework.versions) for (const c of framework.controls(v)) known.add(c.key);
  const out: { check: string; key: string }[] = [];
  for (const { meta } of checks) for (const key of framework.keysOf(meta.references, meta.area)) if (!known.has(key)) out.push({ check: meta.id, key });
  return out;
}
