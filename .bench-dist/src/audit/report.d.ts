import type { Diagnostic } from '../inventory/diagnostics.js';
import type { Inventory } from '../inventory/inventory.js';
import { type Alert } from './alert.js';
import { type DetectSummary } from './detect.js';
import { type ReadOptions } from './reader.js';
import type { RuleSet } from './rules.js';
/**
 * What happened in an audit log, for a person: who made the requests and from where, who was
 * refused, who read Secrets, who ran commands in which pods, a timeline, and the alerts. Plain
 * data: the JSON output and the HTML report's audit section render the same record.
 */
export interface AuditReport {
    readonly summary: {
        readonly files: number;
        readonly events: number;
        readonly requests: number;
        readonly malformed: number;
        readonly from?: string;
        readonly to?: string;
    };
    readonly topUsers: readonly {
        readonly user: string;
        readonly requests: number;
        readonly forbidden: number;
    }[];
    readonly topSourceIPs: readonly {
        readonly ip: string;
        readonly requests: number;
        readonly forbidden: number;
        readonly users: readonly string[];
    }[];
    readonly forbiddenByUser: readonly {
        readonly user: string;
        readonly count: number;
        readonly last: string;
        readonly examples: readonly string[];
    }[];
    readonly secretReaders: readonly {
        readonly user: string;
        readonly gets: number;
        readonly lists: number;
        readonly secrets: readonly string[];
    }[];
    readonly execs: readonly {
        readonly user: string;
        readonly pod: string;
        readonly kind: string;
        readonly count: number;
        readonly first: string;
        readonly last: string;
    }[];
    readonly timeline: readonly {
        readonly start: string;
        readonly requests: number;
        readonly forbidden: number;
        readonly alerts: number;
    }[];
    readonly alerts: {
        readonly summary: DetectSummary;
        readonly list: readonly Alert[];
    };
    readonly diagnostics: readonly Diagnostic[];
}
export interface ReportOptions extends ReadOptions {
    readonly top?: number;
    readonly ruleSet?: RuleSet;
    readonly rules?: readonly string[];
    readonly disable?: readonly string[];
    readonly inventory?: Inventory;
}
export declare function auditReport(paths: readonly string[], opts?: ReportOptions, onDiagnostic?: (d: Diagnostic) => void): Promise<AuditReport>;
