interface Run {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}
export declare function rampart(args: readonly string[], env?: NodeJS.ProcessEnv, cwd?: string): Promise<Run>;
/** Writes `files` (path → content) under a fresh temporary directory. */
export declare function layout(files: Readonly<Record<string, string>>): string;
export {};
