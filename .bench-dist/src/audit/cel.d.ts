import { type CelEnv } from '@bufbuild/cel';
import type { AuditEvent } from './event.js';
/**
 * CEL over audit events: the variables a condition sees, the functions Rampart adds, and compile
 * time checks that catch a misspelt variable or function when a rule file loads rather than as a
 * silent "never matches" at run time.
 */
/** The variables of a condition: the event's fields, with absent ones given empty values so conditions read naturally. */
export declare const EVENT_VARIABLES: readonly ["auditID", "level", "stage", "verb", "requestURI", "user", "impersonatedUser", "sourceIPs", "userAgent", "objectRef", "responseStatus", "requestObject", "responseObject", "annotations", "requestReceivedTimestamp", "object", "podSpec", "containers", "target", "resource"];
/** `ns/name`, `name` (cluster-scoped), `namespace ns` (a collection) or `all namespaces`. */
export declare function targetOf(ref: AuditEvent['objectRef']): string;
/**
 * The pod spec inside an object of any pod-bearing kind: a Pod, the template of a controller, a
 * CronJob's job template. Rules about containers therefore see the containers a Deployment will
 * run, not only bare Pods.
 */
export declare function podSpecOf(obj: unknown, resource?: string): Record<string, unknown> | undefined;
/**
 * The object a request is about: the response (what was stored, complete even for a patch) when
 * the log has it and it is not a Status, else the request body.
 */
export declare function objectOf(e: AuditEvent): Record<string, unknown> | undefined;
/** The activation a condition is evaluated against; built once per event, only when some rule needs it. */
export declare function eventView(e: AuditEvent): Record<string, unknown>;
/** True when `cidr` is an IPv4 or IPv6 address or prefix. */
export declare function isCidr(cidr: string): boolean;
/** True when `ip` is inside one of `cidrs` (IPv4-mapped IPv6 addresses count as IPv4). */
export declare function ipInCidrs(ip: string, cidrs: readonly string[]): boolean;
/** `registry.example.com/team/app` for `registry.example.com/team/app:1.2@sha256:...`. */
export declare function imageRepository(image: string): string;
export declare function auditCelEnv(): CelEnv;
export type Condition = (view: Record<string, unknown>) => boolean;
/** A CEL error at compile time: the position is within the expression. */
export declare class CelCompileError extends Error {
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, line?: number | undefined, column?: number | undefined);
}
/**
 * Compiles a condition. An evaluation error (a missing key in a request object, a type mismatch)
 * means "does not match", as a missing field does in Falco.
 */
export declare function compileCondition(expr: string): Condition;
/** Compiles an expression to its value, or undefined on an evaluation error. */
export declare function compileValue(expr: string): (view: Record<string, unknown>) => unknown;
