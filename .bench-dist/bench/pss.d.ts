import { type PssLevel } from '../src/analysis/pss/index.js';
import type { PssPodInput } from '../src/analysis/pss/pod.js';
export interface PssBenchTemplate extends PssPodInput {
    readonly level: PssLevel;
    readonly version: string;
}
export declare function generateTemplates(count: number, seed?: number): PssBenchTemplate[];
export declare function benchPss(templates?: number): Promise<{
    templates: number;
    ms: number;
    baselineMs: number;
    ratio: number;
}>;
