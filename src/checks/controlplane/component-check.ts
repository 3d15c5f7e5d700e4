import { defineCheck, type Check, type CheckMeta } from '../check.js';
import type { Severity } from '../../findings/finding.js';
import type { Inventory } from '../../inventory/inventory.js';
import { componentsOf, type Component } from '../../analysis/components/components.js';
import type { ComponentType } from '../../analysis/components/specs.js';
import type { OptionSpecs, OptionValues } from '../options.js';
import { referencedObject } from '../../analysis/components/files.js';
import { LATEST_CIS_VERSION, type CisKey, type CisVersion } from '../../frameworks/cis/index.js';

/** What a component check finds wrong with one component. */
export interface ComponentProblem {
  readonly message: string;
  /** Where to point; default: the flag's last occurrence, else the command list. */
  readonly pointer?: string;
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly severity?: Severity;
  readonly remediation?: string;
  /** Distinguishes several problems of one check on one component. */
  readonly key?: string;
  /** The CIS recommendations it fails when fewer than the check's (see Report.cis). */
  readonly cis?: readonly CisKey[];
}

export interface ComponentCheckSpec<O extends OptionSpecs> extends CheckMeta<O> {
  readonly component: ComponentType;
  readonly evaluate: (c: Component, context: { readonly inventory: Inventory; readonly options: OptionValues<O>; readonly cisVersion: CisVersion }) => ComponentProblem | readonly ComponentProblem[] | undefined;
}

/**
 * A check over one kind of component's command line (kube-apiserver, etcd...): runs on every
 * instance the input holds (static pod manifests, DaemonSets, `*.flags` files, node bundles) and
 * says "not applicable" when there is none.
 */
export function componentCheck<O extends OptionSpecs>(spec: ComponentCheckSpec<O>): Check<O> {
  const { component, evaluate, ...meta } = spec;
  return defineCheck<O>({
    meta,
    applies: (inventory) => componentsOf(inventory, component).length > 0,
    run(ctx) {
      for (const c of componentsOf(ctx.inventory, component)) {
        const found = evaluate(c, { inventory: ctx.inventory, options: ctx.options, cisVersion: ctx.config.cisVersion ?? LATEST_CIS_VERSION });
        if (!found) continue;
        for (const p of Array.isArray(found) ? (found as readonly ComponentProblem[]) : [found as ComponentProblem]) {
          ctx.report({
            object: c.object,
            pointer: p.pointer ?? c.flagsPointer,
            message: p.message,
            evidence: p.evidence,
            severity: p.severity,
            remediation: p.remediation,
            key: p.key ?? `${c.container?.name ?? ''}`,
            cis: p.cis,
          });
        }
      }
    },
  });
}

/** Pointer to a flag's deciding occurrence, or to the command list when it is absent. */
export function flagPointer(c: Component, name: string): string {
  const o = c.flags.last(name);
  return o ? c.pointerOf(o.index) : c.flagsPointer;
}

/** `--name=value` as written (last occurrence), for messages and evidence. */
export function flagText(c: Component, name: string): string | undefined {
  const o = c.flags.last(name);
  return o ? (o.bare ? `--${o.name}` : `--${o.name}=${o.value}`) : undefined;
}

/** "kube-apiserver" or "kube-apiserver on node cp-1", for messages. */
export function describe(c: Component): string {
  return c.node ? `${c.type} on node "${c.node}"` : c.type;
}

/**
 * A boolean flag that must have a given value. `defaultValue` is the component's default when the
 * flag is absent (so "absent" is a problem only when the default is wrong).
 */
export function requireBool(c: Component, name: string, wanted: boolean, defaultValue: boolean | undefined): ComponentProblem | undefined {
  const o = c.flags.last(name);
  if (!o) {
    if (defaultValue === wanted) return undefined;
    const dflt = defaultValue === undefined ? '' : `, and defaults to ${defaultValue}`;
    return { message: `${describe(c)} does not set --${name}${dflt}: set --${name}=${wanted}`, evidence: { flag: name, value: null, default: defaultValue ?? null } };
  }
  const value = c.flags.bool(name);
  if (value === wanted) return undefined;
  const shown = value === undefined ? `"${o.value}", which is not a boolean` : String(value);
  return { message: `${describe(c)} runs with --${name}=${shown}: set --${name}=${wanted}`, pointer: c.pointerOf(o.index), evidence: { flag: name, value: o.value } };
}

/** A flag that must be present with a non-empty value. */
export function requireSet(c: Component, names: readonly string[], what: string): ComponentProblem | undefined {
  const missing = names.filter((n) => (c.flags.string(n) ?? '').trim() === '');
  if (missing.length === 0) return undefined;
  return {
    message: `${describe(c)} does not set ${missing.map((n) => `--${n}`).join(' or ')}: ${what}`,
    pointer: missing.length === 1 && c.flags.has(missing[0]) ? flagPointer(c, missing[0]) : c.flagsPointer,
    evidence: { missing: missing.map((n) => `--${n}`) },
  };
}

/** The API server's admission plugins: on by default unless disabled, plus the ones enabled. */
export function admissionPlugins(c: Component): { readonly enabled: readonly string[]; readonly disabled: readonly string[] } {
  // --admission-control is the pre-1.10 spelling of --enable-admission-plugins (removed in v1.24).
  const enabled = [...(c.flags.list('enable-admission-plugins') ?? []), ...(c.flags.list('admission-control') ?? [])];
  return { enabled, disabled: c.flags.list('disable-admission-plugins') ?? [] };
}

/** Where admission plugins are enabled (the last --enable-admission-plugins), for findings. */
export function enablePointer(c: Component): string {
  return flagPointer(c, c.flags.has('enable-admission-plugins') ? 'enable-admission-plugins' : 'admission-control');
}

/**
 * The API server's authorization modes: --authorization-mode (default AlwaysAllow), or the types of
 * the authorizers in the AuthorizationConfiguration file named by --authorization-config (v1.29+),
 * when the input holds it. Undefined when it cannot be known.
 */
export function authorizationModes(c: Component, inventory: Inventory): { readonly modes: readonly string[]; readonly pointer: string; readonly from: string } | undefined {
  const configPath = c.flags.string('authorization-config');
  if (configPath !== undefined) {
    const config = referencedObject(inventory, c, configPath, ['AuthorizationConfiguration']);
    if (!config) return undefined;
    const authorizers = Array.isArray(config.object.authorizers) ? config.object.authorizers : [];
    const modes = authorizers.map((a: unknown) => (a && typeof a === 'object' && typeof (a as { type?: unknown }).type === 'string' ? (a as { type: string }).type : '?'));
    return { modes, pointer: flagPointer(c, 'authorization-config'), from: `the AuthorizationConfiguration ${configPath}` };
  }
  const modes = c.flags.list('authorization-mode');
  if (modes === undefined) return { modes: ['AlwaysAllow'], pointer: c.flagsPointer, from: '--authorization-mode is not set and defaults to AlwaysAllow' };
  return { modes, pointer: flagPointer(c, 'authorization-mode'), from: flagText(c, 'authorization-mode')! };
}
