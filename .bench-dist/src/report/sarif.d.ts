import type { ScanResult } from '../scan.js';
import { type Chunks } from './stream.js';
export interface SarifOptions {
    /**
     * The directory file paths are relative to (the working directory of the run). Files under it
     * get relative URIs with `uriBaseId: %SRCROOT%`; other files get `file://` URIs.
     */
    readonly baseDir: string;
}
/** SARIF 2.1.0, with file/line regions so code-scanning UIs show the exact line; results are streamed. */
export declare function sarifReport(result: ScanResult, options: SarifOptions): Chunks;
export declare function renderSarif(result: ScanResult, options: SarifOptions): string;
