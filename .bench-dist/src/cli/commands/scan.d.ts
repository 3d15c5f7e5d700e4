import { type ScanResult } from '../../scan.js';
import { type Severity } from '../../findings/finding.js';
import { type Chunks } from '../../report/stream.js';
import { type CliIo } from '../io.js';
import { type InputOptions } from '../inputs.js';
export type OutputFormat = 'table' | 'wide' | 'json' | 'yaml' | 'sarif';
export interface ScanCommandOptions extends InputOptions {
    readonly output: OutputFormat;
    readonly failOn: Severity | 'none';
    readonly checks: readonly string[];
    readonly skipChecks: readonly string[];
    readonly minSeverity?: Severity;
    readonly pssLevel: 'baseline' | 'restricted' | 'namespace';
    readonly pssVersion?: string;
}
export declare function runScan(opts: ScanCommandOptions, io: CliIo, paths?: readonly string[]): Promise<number>;
export declare function report(result: ScanResult, format: OutputFormat, io: CliIo): Chunks;
