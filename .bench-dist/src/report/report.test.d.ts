import { type Check } from '../checks/check.js';
/** Test-only checks, so golden files change only when a reporter does. */
export declare const GOLDEN_CHECKS: Check[];
export declare function goldenResult(): import("../scan.js").ScanResult;
/** Compares with the golden file; UPDATE_GOLDEN=1 rewrites it. */
export declare function golden(name: string, actual: string): void;
