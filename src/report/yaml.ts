import { stringify } from 'yaml';
import type { ScanResult } from '../scan.js';
import { toPlainResult } from './json.js';

/** The JSON contract, as YAML. */
export function renderYaml(result: ScanResult): string {
  return stringify(toPlainResult(result), { lineWidth: 0, aliasDuplicateObjects: false });
}
