import type { Inventory } from '../../inventory/inventory.js';
import { type Severity } from '../../findings/finding.js';
import { type DetectResult } from '../../audit/detect.js';
import type { Alert } from '../../audit/alert.js';
import { type Style } from '../../report/style.js';
import { type CliIo } from '../io.js';
export interface AuditDetectOptions {
    readonly output: 'table' | 'json' | 'jsonl';
    readonly rules: readonly string[];
    readonly disableRules: readonly string[];
    readonly inventory: readonly string[];
    readonly minSeverity?: Severity;
    readonly failOn: Severity | 'none';
    readonly follow?: boolean;
}
/** Loads `--inventory` paths through the shared sources module; its diagnostics go to stderr. */
export declare function loadAuditInventory(paths: readonly string[], io: CliIo): Promise<Inventory | undefined>;
export declare function stdinOf(io: CliIo): () => NodeJS.ReadableStream | Buffer;
/** `rampart audit detect`: the rules over audit logs; alerts sorted by time. */
export declare function runAuditDetect(logs: readonly string[], opts: AuditDetectOptions, io: CliIo): Promise<number>;
export declare function renderDetect(result: DetectResult, format: AuditDetectOptions['output'], io: CliIo): string;
/** One alert as two lines: when, how bad, which rule; then what happened. */
export declare function alertRow(a: Alert, st: Style): string;
