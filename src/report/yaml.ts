import type { ScanResult } from '../scan.js';
import { resultDocument } from './document.js';
import { collect, yamlChunks, type Chunks } from './stream.js';

/** `-o yaml`: the JSON contract, as YAML. */
export function yamlReport(result: ScanResult): Chunks {
  return yamlChunks(resultDocument(result));
}

export function renderYaml(result: ScanResult): string {
  return collect(yamlReport(result));
}
