/**
 * Builders of audit events for tests and demos, shaped as the API server writes them (see
 * k8s.io/apiserver/pkg/audit: objectRef filled from the URL and the request body, the
 * authorization annotations, microsecond timestamps).
 */
import type { AuditEvent, Stage, UserInfo } from './event.js';
export interface EventSpec {
    readonly verb?: string;
    /** `pods`, `pods/exec`, or '' for a non-resource request. */
    readonly resource?: string;
    readonly group?: string;
    readonly namespace?: string;
    readonly name?: string;
    readonly user?: string | UserInfo;
    readonly impersonatedUser?: UserInfo;
    readonly code?: number;
    readonly stage?: Stage;
    readonly uri?: string;
    readonly ip?: string | readonly string[];
    readonly userAgent?: string;
    readonly requestObject?: unknown;
    readonly responseObject?: unknown;
    readonly annotations?: Record<string, string>;
    /** ISO time, or seconds after 2024-05-01T12:00:00Z. */
    readonly time?: string | number;
    readonly auditID?: string;
    readonly level?: string;
}
/** RFC 3339 with microseconds, as the API server writes timestamps. */
export declare function auditTime(secondsAfterBase: number): string;
export declare function resetAuditIds(): void;
export declare function auditEvent(s?: EventSpec): AuditEvent;
/** A Pod object with the given spec (a container named app when none is given). */
export declare function podObject(spec?: Record<string, unknown>, name?: string, namespace?: string): Record<string, unknown>;
/** A controller of `kind` whose pod template has the given spec. */
export declare function workloadObject(kind: string, spec?: Record<string, unknown>, name?: string, namespace?: string): Record<string, unknown>;
/** Resource name (plural) of a kind, for objectRef. */
export declare function resourceOf(kind: string): string;
/** A create of a pod-bearing object, as `kubectl apply` of a new object logs it at Request level. */
export declare function createWorkload(kind: string, spec?: Record<string, unknown>, over?: EventSpec): AuditEvent;
