import type { Severity } from '../findings/finding.js';
export interface DangerousCapability {
    readonly severity: Severity;
    /** What the capability lets an attacker do, for the message. */
    readonly risk: string;
}
/**
 * Capabilities that break container isolation or give host-level power, by normalized name (no
 * `CAP_` prefix). NET_RAW is left out: it is in the runtimes' default set and has its own check,
 * workload.net-raw-not-dropped.
 */
export declare const DANGEROUS_CAPABILITIES: Readonly<Record<string, DangerousCapability>>;
