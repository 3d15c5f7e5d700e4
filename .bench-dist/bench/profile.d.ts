export interface ProfileEntry {
    readonly name: string;
    readonly ms: number;
    readonly share: number;
}
export interface ProfileSummary {
    readonly totalMs: number;
    readonly byFunction: readonly ProfileEntry[];
    readonly byFile: readonly ProfileEntry[];
}
export declare function summarizeProfile(path: string, top?: number): ProfileSummary;
export declare function formatSummary(s: ProfileSummary): string;
