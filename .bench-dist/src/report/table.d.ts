import type { ScanResult } from '../scan.js';
import { type Finding } from '../findings/finding.js';
import { type Chunks } from './stream.js';
export interface TableOptions {
    readonly colour: boolean;
    /**
     * The terminal's width: messages wrap to it and stop after three lines (the full text is in
     * `-o wide` and the JSON). Undefined: no limit, every message on one line (`-o wide`).
     */
    readonly width?: number;
}
/**
 * The human report, written as it is produced: a summary first (counts by severity and area, the
 * most important findings), then every finding grouped by namespace and resource, most severe first.
 * What holds for a whole namespace (whether Pod Security admission would let a pod in) is said once
 * in the namespace's heading and referred to by number.
 */
export declare function tableReport(result: ScanResult, options: TableOptions): Chunks;
export declare function renderTable(result: ScanResult, options: TableOptions): string;
/** The most severe findings, one per check first so that five different problems lead. */
export declare function mostImportant(findings: readonly Finding[], n?: number): Finding[];
interface ResourceGroup {
    readonly key: string;
    readonly findings: Finding[];
}
export interface NamespaceGroup {
    /** '' for cluster-scoped resources other than Namespaces. */
    readonly namespace: string;
    readonly resources: ResourceGroup[];
    readonly findings: number;
    readonly worst: number;
}
/** The namespace a finding belongs to in a report: a Namespace's own findings belong to it. */
export declare function reportNamespace(f: Finding): string;
/** Namespaces and their resources, each ordered by worst severity, then number of findings, then name. */
export declare function groupByNamespace(findings: readonly Finding[]): NamespaceGroup[];
export {};
