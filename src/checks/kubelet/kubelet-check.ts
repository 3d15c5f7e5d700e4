import { defineCheck, type Check, type CheckMeta } from '../check.js';
import type { Severity } from '../../findings/finding.js';
import type { Inventory } from '../../inventory/inventory.js';
import { findKubelets, KUBELET_FIELDS, type Kubelet, type KubeletFieldName, type Provenance } from '../../analysis/components/kubelet.js';
import type { OptionSpecs, OptionValues } from '../options.js';
import { LATEST_CIS_VERSION, type CisKey, type CisVersion } from '../../frameworks/cis/index.js';

export interface KubeletProblem {
  readonly message: string;
  /** The setting at fault: the finding points where it is set (or where it belongs). */
  readonly from: Provenance;
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly severity?: Severity;
  readonly key?: string;
  /** The CIS recommendations it fails when fewer than the check's (see Report.cis). */
  readonly cis?: readonly CisKey[];
}

export interface KubeletCheckSpec<O extends OptionSpecs> extends CheckMeta<O> {
  readonly evaluate: (k: Kubelet, context: { readonly inventory: Inventory; readonly options: OptionValues<O>; readonly cisVersion: CisVersion }) => KubeletProblem | readonly KubeletProblem[] | undefined;
}

export function kubelets(inventory: Inventory): readonly Kubelet[] {
  return inventory.analysis(findKubelets, undefined);
}

/**
 * A check over every kubelet the input describes (KubeletConfiguration files, kubelet command
 * lines, node bundles), on its effective configuration: flags over the file over the defaults.
 */
export function kubeletCheck<O extends OptionSpecs>(spec: KubeletCheckSpec<O>): Check<O> {
  const { evaluate, ...meta } = spec;
  return defineCheck<O>({
    meta,
    applies: (inventory) => kubelets(inventory).length > 0,
    run(ctx) {
      for (const k of kubelets(ctx.inventory)) {
        const found = evaluate(k, { inventory: ctx.inventory, options: ctx.options, cisVersion: ctx.config.cisVersion ?? LATEST_CIS_VERSION });
        if (!found) continue;
        for (const p of Array.isArray(found) ? (found as readonly KubeletProblem[]) : [found as KubeletProblem]) {
          ctx.report({ object: p.from.object, pointer: p.from.pointer, message: p.message, evidence: { ...p.evidence, source: source(p.from) }, severity: p.severity, key: p.key, cis: p.cis });
        }
      }
    },
  });
}

/** Says where a value comes from, for messages: "set by --read-only-port=10255", "the default". */
export function origin(from: Provenance): string {
  switch (from.source) {
    case 'flag':
      return `set on the command line (${from.text})`;
    case 'file':
      return `set in the config file (${from.pointer.slice(1).replaceAll('/', '.')})`;
    case 'default':
      return from.defaults === 'file' ? 'the config file leaves it to the default' : 'no config file or flag sets it: the command-line default';
  }
}

function source(from: Provenance): string {
  return from.source === 'default' ? `default (${from.defaults === 'file' ? 'KubeletConfiguration v1beta1' : 'command line'})` : from.source;
}

/** "The kubelet of worker-1" for messages. */
export function kubeletName(k: Kubelet): string {
  return `the kubelet of "${k.name}"`;
}

/** How to set a field, in both forms. */
export function howToSet(field: KubeletFieldName, value: string): string {
  const spec = KUBELET_FIELDS[field] as { flag: string; path?: readonly string[] };
  return spec.path ? `set ${spec.path.join('.')}: ${value} in the KubeletConfiguration (or --${spec.flag}=${value})` : `--${spec.flag}=${value}`;
}
