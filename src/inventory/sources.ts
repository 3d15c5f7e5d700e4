import type { Diagnostic } from './diagnostics.js';
import type { Inventory } from './inventory.js';
import { loadInventory, readInputs } from './load.js';

/**
 * Where a cluster's objects come from. Every command that reads a cluster builds its inventory
 * through `loadSources`, so a new source (a snapshot, a live cluster, a node bundle) is added here
 * once and every command gets it.
 */
export interface SourceSpec {
  /** Files and directories (recursive); `-` is stdin. */
  readonly paths: readonly string[];
  /** Reads stdin when a path is `-`. */
  readonly readStdin: () => Buffer;
}

/** The sources' objects as one inventory; unreadable or malformed input becomes diagnostics. */
export async function loadSources(spec: SourceSpec): Promise<Inventory> {
  const diagnostics: Diagnostic[] = [];
  const read = readInputs(spec.paths, spec.readStdin);
  diagnostics.push(...read.diagnostics);
  return loadInventory(read.inputs, diagnostics);
}

/** True when the spec names at least one source. */
export function hasSources(spec: SourceSpec): boolean {
  return spec.paths.length > 0;
}
