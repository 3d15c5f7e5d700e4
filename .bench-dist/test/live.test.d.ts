export declare function run(argv: string[], env?: NodeJS.ProcessEnv): Promise<{
    code: number;
    out: string;
    err: string;
}>;
