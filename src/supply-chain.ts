import type { SupplyChainEvidence } from './analysis/images/evidence.js';
import type { SupplyChainInputs } from './analysis/images/load-evidence.js';

/**
 * Reads trusted keys, signature material, SBOMs and OSV data (`scan(inventory, { supplyChain })`).
 * The verifiers and parsers are imported on the first call, so importing the library stays cheap.
 */
export async function loadSupplyChain(inputs: SupplyChainInputs): Promise<SupplyChainEvidence> {
  const { loadSupplyChainEvidence } = await import('./analysis/images/load-evidence.js');
  return loadSupplyChainEvidence(inputs);
}
