import type { Inventory } from '../../inventory/inventory.js';
import type { RuleSet } from '../../audit/rules.js';
import { type CliIo } from '../io.js';
import type { AuditDetectOptions } from './audit.js';
/**
 * `rampart audit detect --follow FILE`: alerts as they fire, one JSON line each (or a table row),
 * until SIGINT or SIGTERM. Windows and first-seen state live as long as the process.
 */
export declare function runFollow(logs: readonly string[], opts: Omit<AuditDetectOptions, 'inventory'> & {
    ruleSet: RuleSet;
    inventory?: Inventory;
}, io: CliIo, signal?: AbortSignal): Promise<number>;
