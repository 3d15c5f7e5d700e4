import type { AuditEvent } from './event.js';
type Fixture = AuditEvent | AuditEvent[];
interface RuleFixtures {
    readonly positive: Fixture[];
    readonly negative: Fixture[];
    readonly lists?: Record<string, (string | number)[]>;
}
export declare const FIXTURES: Record<string, RuleFixtures>;
export {};
