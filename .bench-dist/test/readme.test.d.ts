interface ReadmeCommand {
    readonly line: number;
    readonly text: string;
    /** The rampart arguments, after `rampart` or `npx rampart`. */
    readonly argv: string[];
    /** Standard input comes from another command (`kubectl get ... -o json |`). */
    readonly piped: boolean;
    /** Output redirected to a file (`> rampart.sarif`). */
    readonly redirect?: string;
}
export declare function readmeCommands(markdown: string): ReadmeCommand[];
export {};
