/**
 * Check options: the lists and thresholds a check uses, declared in its metadata with a default,
 * a description and a JSON Schema. The configuration file overrides them per check (validated
 * against the schema), `rampart checks explain` and the generated docs show them, and the check
 * reads the merged values from `ctx.options`, typed.
 */
export interface OptionSpec<T> {
    readonly description: string;
    readonly default: T;
    /** JSON Schema of the value, used to validate the configuration file. */
    readonly schema: Readonly<Record<string, unknown>>;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec<unknown>>>;
/** The values a check sees: each option's type, from its spec. */
export type OptionValues<O extends OptionSpecs> = {
    readonly [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never;
};
type Schema = Readonly<Record<string, unknown>>;
/** Builders that keep the value's type, so `ctx.options.minId` is a number. */
export declare const option: {
    integer(defaultValue: number, description: string, bounds?: {
        minimum?: number;
        maximum?: number;
    }): OptionSpec<number>;
    boolean(defaultValue: boolean, description: string): OptionSpec<boolean>;
    string<T extends string>(defaultValue: T, description: string, choices?: readonly T[]): OptionSpec<T>;
    strings(defaultValue: readonly string[], description: string): OptionSpec<readonly string[]>;
    /** A list of records (a table), each validated by `itemSchema`. */
    table<T>(defaultValue: readonly T[], description: string, itemSchema: Schema): OptionSpec<readonly T[]>;
    /** A map from name to record, each value validated by `valueSchema`. */
    map<T>(defaultValue: Readonly<Record<string, T>>, description: string, valueSchema: Schema): OptionSpec<Readonly<Record<string, T>>>;
};
/** Defaults overlaid with the user's values (already validated against each option's schema). */
export declare function resolveOptions<O extends OptionSpecs>(specs: O | undefined, overrides: Readonly<Record<string, unknown>> | undefined): OptionValues<O>;
export {};
