import type { ScanResult } from '../scan.js';
import { type Chunks } from './stream.js';
/** `-o json`: the documented contract (./document.ts), written as it is produced. */
export declare function jsonReport(result: ScanResult): Chunks;
/** The whole JSON report as one string: for small results (tests, the library). */
export declare function renderJson(result: ScanResult): string;
