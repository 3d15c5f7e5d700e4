import { type InputOptions } from '../inputs.js';
import type { HostNetworkMode } from '../../analysis/netpol/model.js';
import { type CliIo } from '../io.js';
interface NetpolCommon {
    readonly hostNetwork: HostNetworkMode;
}
export interface NetpolMapOptions extends InputOptions, NetpolCommon {
    readonly output: 'table' | 'json' | 'yaml' | 'csv' | 'dot' | 'mermaid';
    readonly cidr: readonly string[];
}
export interface NetpolExplainOptions extends InputOptions, NetpolCommon {
    readonly output: 'text' | 'json' | 'yaml';
    readonly port?: string;
}
export interface NetpolDiffOptions extends NetpolCommon {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly output: 'table' | 'json' | 'yaml';
    readonly namespace?: string;
    readonly failOnOpened?: boolean;
    readonly cidr: readonly string[];
}
/** `rampart netpol map`: every allowed connection, as table, JSON, YAML, CSV, DOT or Mermaid. */
export declare function runNetpolMap(opts: NetpolMapOptions, io: CliIo, paths?: readonly string[]): Promise<number>;
/** `rampart netpol explain SRC DST [--port 443/TCP]`. */
export declare function runNetpolExplain(srcText: string, dstText: string, opts: NetpolExplainOptions, io: CliIo): Promise<number>;
/** `rampart netpol diff --before PATH --after PATH`. */
export declare function runNetpolDiff(opts: NetpolDiffOptions, io: CliIo): Promise<number>;
export {};
