import type { ScanResult } from '../scan.js';
import { type Chunks } from './stream.js';
/** `-o yaml`: the JSON contract, as YAML. */
export declare function yamlReport(result: ScanResult): Chunks;
export declare function renderYaml(result: ScanResult): string;
