import { type AuditReport } from '../../audit/report.js';
import { type Style } from '../../report/style.js';
import { type CliIo } from '../io.js';
export interface AuditReportOptions {
    readonly output: 'table' | 'json';
    readonly top: number;
    readonly rules: readonly string[];
    readonly disableRules: readonly string[];
    readonly inventory: readonly string[];
}
/** `rampart audit report`: what happened in the logs, for a person. */
export declare function runAuditReport(logs: readonly string[], opts: AuditReportOptions, io: CliIo): Promise<number>;
export declare function renderReport(r: AuditReport, st: Style): string;
export interface AuditRbacOptions {
    readonly user?: string;
    readonly serviceaccount?: string;
    readonly output: 'yaml' | 'json';
    readonly inventory: readonly string[];
    readonly failOnUnused?: boolean;
}
/** `rampart audit rbac`: the minimal RBAC for what a subject did, and what it holds but never used. */
export declare function runAuditRbac(logs: readonly string[], opts: AuditRbacOptions, io: CliIo): Promise<number>;
