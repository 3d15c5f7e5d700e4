/**
 * Command lines parsed the way the Kubernetes components parse them.
 *
 * kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy and the kubelet use spf13/pflag
 * with Kubernetes' word-separator normalization: `--flag=value`, `--flag value` (the next argument is
 * the value, whatever it looks like), bare `--flag` only for booleans (`--flag false` leaves "false"
 * as a stray argument, which the components refuse), `_` and `-` interchangeable in names, `--`
 * ending the flags. Repeated scalar flags: the last wins. Slices (`--enable-admission-plugins`)
 * split each value on commas and append across repetitions; maps (`--feature-gates`) merge.
 *
 * etcd uses Go's standard `flag` package instead: one or two dashes, `-flag value` for non-booleans,
 * and parsing stops at the first argument that is not a flag.
 */
export type FlagSyntax = 'pflag' | 'goflag';
/** What a component's flags are, as far as parsing is concerned. */
export interface FlagTypes {
    readonly syntax: FlagSyntax;
    /** Boolean flags: a bare `--flag` means true, and the next argument is never its value. */
    readonly booleans: ReadonlySet<string>;
    /** `--flag=a,b` and repeated flags accumulate (pflag stringSlice / stringArray / map types). */
    readonly lists?: ReadonlySet<string>;
    /** Lists whose values are not split on commas (pflag stringArray): each occurrence is one item. */
    readonly arrays?: ReadonlySet<string>;
    /** Other flags known to take a value: `--flag --other` gives this flag the value "--other", as pflag does. */
    readonly values?: ReadonlySet<string>;
}
/** One flag as written: its argument index, so a finding can point at it. */
export interface FlagOccurrence {
    readonly name: string;
    /** The value; for a bare boolean, "true". */
    readonly value: string;
    /** True when written without a value (`--profiling`). */
    readonly bare: boolean;
    /** Index in argv of the argument holding the flag (the value may be the next one). */
    readonly index: number;
}
export interface ParsedCommandLine {
    /** The program (argv[0]'s basename, after `hyperkube`-style dispatch). */
    readonly program: string;
    readonly occurrences: readonly FlagOccurrence[];
    /** Arguments that are not flags; the components refuse to start with any. */
    readonly positional: readonly {
        readonly value: string;
        readonly index: number;
    }[];
    /** Problems that make the component refuse its command line. */
    readonly problems: readonly string[];
}
/** Go's strconv.ParseBool, which every component uses for boolean flags and values. */
export declare function parseGoBool(value: string): boolean | undefined;
/** Parses argv (argv[0] is the program; `start` is where the flags begin). */
export declare function parseCommandLine(argv: readonly string[], types: FlagTypes, start?: number): ParsedCommandLine;
export declare function basename(path: string): string;
/**
 * The flags of one command line, with the semantics of their types. Every accessor returns
 * undefined when the flag is not on the command line, so callers apply the component's default.
 */
export declare class CommandLineFlags {
    readonly parsed: ParsedCommandLine;
    private readonly types;
    private readonly byName;
    constructor(parsed: ParsedCommandLine, types: FlagTypes);
    has(name: string): boolean;
    /** The occurrence that decides a scalar flag: the last one. */
    last(name: string): FlagOccurrence | undefined;
    all(name: string): readonly FlagOccurrence[];
    string(name: string): string | undefined;
    /** A boolean flag's value; undefined when absent or not a Go boolean. */
    bool(name: string): boolean | undefined;
    /** An integer flag's value; NaN when it does not parse. */
    int(name: string): number | undefined;
    /**
     * A list flag: every occurrence, split on commas unless the flag is an array (pflag reads slices
     * as CSV: `"a,b"` in quotes is one item). Items are not trimmed, as pflag does not trim them.
     */
    list(name: string): string[] | undefined;
    /** A `key=value,key=value` flag such as --feature-gates; later occurrences override earlier keys. */
    map(name: string): Map<string, string> | undefined;
    get names(): string[];
}
/** Splits a CSV record as encoding/csv does for one line: commas, with "quoted, fields". */
export declare function splitCsv(value: string): string[];
