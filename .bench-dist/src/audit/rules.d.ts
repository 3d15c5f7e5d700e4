import { InputError } from '../inventory/diagnostics.js';
import { type Severity } from '../findings/finding.js';
import { type Stage } from './event.js';
import { type Condition } from './cel.js';
/**
 * Audit rules are data: YAML files of `lists`, `macros` and `rules`, with conditions in CEL. This
 * module reads and validates rule files (every problem names the file, the rule and the line) and
 * compiles them; src/audit/engine.ts indexes and runs them.
 *
 * ```yaml
 * lists:
 *   system_namespaces: [kube-system, kube-public, kube-node-lease]
 * macros:
 *   successful: responseStatus.code >= 200 && responseStatus.code < 300
 * rules:
 *   - id: audit.pod-exec
 *     title: Exec into a pod
 *     severity: medium
 *     match: { verbs: [create, get], resources: [pods/exec] }
 *     condition: successful && !(objectRef.namespace in system_namespaces)
 *     output: "{user.username} ran a command in {objectRef.namespace}/{objectRef.name}"
 *     mitre: [T1609]
 *     falco: [Attach/Exec Pod]
 * ```
 */
export type WindowType = 'count' | 'distinct' | 'first-seen';
export interface WindowSpec {
    readonly type: WindowType;
    /** Field paths whose values, together, name a group (an identity, a source IP). */
    readonly groupBy: readonly string[];
    /** For `distinct`: the field paths whose distinct values are counted. */
    readonly distinct: readonly string[];
    readonly durationMs: number;
    /** Fires when the count or distinct count is above this. */
    readonly threshold: number;
    /** For `first-seen`: how long, from the first event, keys are learnt without alerting. */
    readonly learnMs: number;
    /** Keys a rule tracks at most; the least recently seen are forgotten first. */
    readonly maxKeys: number;
}
export interface RuleMatch {
    /** Default: ResponseComplete and Panic (each request is seen once). */
    readonly stages: readonly Stage[];
    readonly verbs?: readonly string[];
    /**
     * As in an audit Policy: `pods` is the resource only, `pods/exec` a subresource, `pods/*` the
     * resource and all its subresources, `*\/scale` a subresource of any resource, `*` anything
     * with a resource. Absent: every request, non-resource URLs included.
     */
    readonly resources?: readonly string[];
    /** HTTP response codes. */
    readonly codes?: readonly number[];
    /** Usernames; a trailing `*` matches a prefix (`system:serviceaccount:*`). */
    readonly users?: readonly string[];
}
export interface RuleSpec {
    readonly id: string;
    readonly title: string;
    readonly description: string;
    readonly severity: Severity;
    readonly enabled: boolean;
    readonly match: RuleMatch;
    readonly condition: string;
    readonly output: string;
    readonly mitre: readonly string[];
    readonly falco: readonly string[];
    readonly sigma: readonly string[];
    readonly tags: readonly string[];
    readonly remediation?: string;
    readonly window?: WindowSpec;
    /** Replaces a rule of the same id from an earlier file (a built-in one). */
    readonly replace: boolean;
    readonly file: string;
    readonly line: number;
}
export interface ListSpec {
    readonly items: readonly (string | number)[];
    readonly append: boolean;
    readonly file: string;
    readonly line: number;
}
export interface MacroSpec {
    readonly condition: string;
    readonly file: string;
    readonly line: number;
}
export interface RuleFile {
    readonly file: string;
    readonly lists: ReadonlyMap<string, ListSpec>;
    readonly macros: ReadonlyMap<string, MacroSpec>;
    readonly rules: readonly RuleSpec[];
}
export interface RuleProblem {
    readonly file: string;
    readonly line?: number;
    readonly rule?: string;
    readonly message: string;
}
/** A rule file is invalid: every problem found, each with file, line and rule. */
export declare class RuleFileError extends InputError {
    readonly problems: readonly RuleProblem[];
    constructor(problems: readonly RuleProblem[]);
}
export declare function formatRuleProblem(p: RuleProblem): string;
/** Parses and validates one rule file. Throws a RuleFileError listing every problem. */
export declare function parseRuleFile(text: string, file: string): RuleFile;
/** A rule ready to run: its condition compiled, its lists and macros expanded. */
export interface CompiledRule {
    readonly spec: RuleSpec;
    readonly condition: Condition | undefined;
    readonly render: (view: unknown) => string;
}
export interface RuleSet {
    readonly rules: readonly CompiledRule[];
    readonly lists: ReadonlyMap<string, readonly (string | number)[]>;
}
export interface CompileOptions {
    /** Rule ids or globs to leave out. */
    readonly disable?: readonly string[];
    /** Lists to replace, e.g. the cluster's CIDRs found in the inventory. */
    readonly lists?: Readonly<Record<string, readonly (string | number)[]>>;
}
/**
 * Merges rule files in order (a later file appends to or replaces a list, redefines a macro, adds
 * rules, or replaces a rule that says `replace: true`) and compiles every enabled rule.
 */
export declare function compileRules(files: readonly RuleFile[], opts?: CompileOptions): RuleSet;
export declare function globToRegExp(glob: string): RegExp;
/** The directory of the built-in rule files (shipped with the package). */
export declare function builtinRulesDir(): string;
/** The built-in rule files, parsed once per process. */
export declare function builtinRuleFiles(): RuleFile[];
/** Reads user rule files (`--rules`), each validated. */
export declare function readRuleFiles(paths: readonly string[]): RuleFile[];
/** Built-in rules plus the user's files, compiled. */
export declare function loadRuleSet(userFiles?: readonly string[], opts?: CompileOptions): RuleSet;
