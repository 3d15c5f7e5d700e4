import type { ScanResult } from '../scan.js';
import { resultDocument } from './document.js';
import { collect, jsonChunks, type Chunks } from './stream.js';

/** `-o json`: the documented contract (./document.ts), written as it is produced. */
export function* jsonReport(result: ScanResult): Chunks {
  yield* jsonChunks(resultDocument(result));
  yield '\n';
}

/** The whole JSON report as one string: for small results (tests, the library). */
export function renderJson(result: ScanResult): string {
  return collect(jsonReport(result));
}
