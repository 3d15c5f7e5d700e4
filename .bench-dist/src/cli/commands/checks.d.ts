import { type CliIo } from '../io.js';
export declare function runChecksList(opts: {
    output: 'table' | 'json' | 'yaml';
}, io: CliIo): number;
export declare function runChecksExplain(id: string, opts: {
    output: 'text' | 'json';
}, io: CliIo): number;
