import type { ResourceRef } from '../inventory/object.js';
import type { Location } from '../inventory/source.js';
import type { ResolvedReferences } from '../frameworks/references.js';
export declare const SEVERITIES: readonly ["critical", "high", "medium", "low", "info"];
export type Severity = (typeof SEVERITIES)[number];
/** Higher is worse. */
export declare function severityRank(s: Severity): number;
export declare function isSeverity(s: string): s is Severity;
/**
 * Rampart's areas of coverage (1–10 in the brief), plus the cross-cutting topics that have
 * their own checks.
 */
export declare const AREAS: {
    readonly 'threat-detection': {
        readonly number: 1;
        readonly title: "Threat identification from audit logs";
    };
    readonly rbac: {
        readonly number: 2;
        readonly title: "RBAC least privilege";
    };
    readonly 'api-server': {
        readonly number: 3;
        readonly title: "API server hardening";
    };
    readonly kubelet: {
        readonly number: 4;
        readonly title: "Kubelet hardening";
    };
    readonly network: {
        readonly number: 5;
        readonly title: "Network policies";
    };
    readonly secrets: {
        readonly number: 6;
        readonly title: "Secrets";
    };
    readonly 'pod-security': {
        readonly number: 7;
        readonly title: "Pod security";
    };
    readonly runtime: {
        readonly number: 8;
        readonly title: "Runtime monitoring";
    };
    readonly 'supply-chain': {
        readonly number: 9;
        readonly title: "Supply chain";
    };
    readonly compliance: {
        readonly number: 10;
        readonly title: "Audits and compliance";
    };
    readonly namespaces: {
        readonly number: undefined;
        readonly title: "Namespaces as boundaries";
    };
    readonly separation: {
        readonly number: undefined;
        readonly title: "Separation of sensitive workloads";
    };
    readonly versions: {
        readonly number: undefined;
        readonly title: "Versions, EOL and CVEs";
    };
    readonly node: {
        readonly number: undefined;
        readonly title: "Node (CIS) checks";
    };
};
export type Area = keyof typeof AREAS;
export type { References } from '../frameworks/references.js';
export { KCSA_DOMAINS, type KcsaDomain } from '../frameworks/kcsa.js';
/** Why a finding is waived: an exception in the configuration, or an annotation on the object. */
export interface Waiver {
    readonly justification: string;
    readonly owner?: string;
    /** ISO date (YYYY-MM-DD) after which the waiver no longer applies. */
    readonly expires?: string;
    /** Where the waiver is written: an exceptions file and line, or the object's annotation. */
    readonly source: {
        readonly kind: 'exception';
        readonly file: string;
        readonly line?: number;
    } | {
        readonly kind: 'annotation';
        readonly annotation: string;
    };
}
/** The one record every check and analyzer reports. */
export interface Finding {
    readonly checkId: string;
    readonly severity: Severity;
    readonly title: string;
    /** Specific to this finding: names the container, the verb, the port. */
    readonly message: string;
    /** Shared with the findings around it (the namespace's admission verdict): see `Report.context`. */
    readonly context?: string;
    readonly resource: ResourceRef;
    readonly location?: Location;
    readonly evidence: Readonly<Record<string, unknown>>;
    readonly remediation: string;
    /** The check's references, CIS resolved to one benchmark version's numbers, and its Rampart area. */
    readonly references: ResolvedReferences & {
        readonly area: Area;
    };
    readonly fingerprint: string;
    /** Set when an exception or a permitted annotation waives the finding: still shown, never counted. */
    readonly waived?: Waiver;
    /** Set when compared with a baseline report: whether the finding was already there. */
    readonly baseline?: 'new' | 'unchanged';
}
/** The message with its context, for formats that show each finding on its own (SARIF, CSV, JUnit). */
export declare function fullMessage(f: Pick<Finding, 'message' | 'context'>): string;
/**
 * Stable across runs and file moves: the check, the resource's identity and a detail key (e.g. the
 * container name), never the file or line.
 */
export declare function fingerprint(checkId: string, resource: ResourceRef, key: string): string;
/** Total order for byte-identical output: severity, then resource, check, position, detail. */
export declare function compareFindings(a: Finding, b: Finding): number;
