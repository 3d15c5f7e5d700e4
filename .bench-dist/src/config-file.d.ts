import { type Severity } from './findings/finding.js';
import type { ScanConfig } from './config.js';
export declare const CONFIG_FILE_NAMES: string[];
/**
 * `.rampart.yaml`: per-check settings, exceptions and scan defaults. Unknown fields, unknown
 * checks and wrongly typed options are errors that name the file and line.
 *
 * ```yaml
 * apiVersion: rampart.dev/v1
 * kind: Config
 * failOn: high
 * checks:
 *   workload.low-uid-gid: {options: {minId: 1000}}
 *   "namespaces.*": {severity: low}
 *   images.pull-policy-not-always: {enabled: false}
 * annotationWaivers: false
 * exceptions: [...]           # as in an Exceptions file
 * ```
 */
export declare const CONFIG_SCHEMA: {
    readonly type: "object";
    readonly required: readonly ["apiVersion", "kind"];
    readonly additionalProperties: false;
    readonly properties: {
        readonly apiVersion: {
            readonly const: "rampart.dev/v1";
        };
        readonly kind: {
            readonly const: "Config";
        };
        readonly failOn: {
            readonly enum: readonly ["critical", "high", "medium", "low", "info", "none"];
        };
        readonly minSeverity: {
            readonly enum: readonly ["critical", "high", "medium", "low", "info"];
        };
        readonly cisVersion: {
            readonly enum: readonly ["1.8", "1.9", "1.10", "1.11", "1.12"];
        };
        readonly pss: {
            readonly type: "object";
            readonly additionalProperties: false;
            readonly properties: {
                readonly level: {
                    readonly enum: readonly ["baseline", "restricted", "namespace"];
                };
                readonly version: {
                    readonly type: "string";
                    readonly pattern: "^(v1\\.\\d+|latest)$";
                };
            };
        };
        readonly sensitivity: {
            readonly type: "object";
            readonly required: readonly ["key", "value"];
            readonly additionalProperties: false;
            readonly properties: {
                readonly key: {
                    readonly type: "string";
                    readonly minLength: 1;
                };
                readonly value: {
                    readonly type: "string";
                };
            };
        };
        readonly checks: {
            readonly type: "object";
            readonly additionalProperties: {
                readonly type: "object";
                readonly additionalProperties: false;
                readonly properties: {
                    readonly enabled: {
                        readonly type: "boolean";
                    };
                    readonly severity: {
                        readonly enum: readonly ["critical", "high", "medium", "low", "info"];
                    };
                    readonly options: {
                        readonly type: "object";
                    };
                };
            };
        };
        readonly annotationWaivers: {
            readonly type: "boolean";
        };
        readonly exceptions: {
            readonly type: "array";
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["checks", "justification", "owner"];
                readonly additionalProperties: false;
                readonly properties: {
                    readonly checks: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly items: {
                            readonly type: "string";
                            readonly minLength: 1;
                        };
                    };
                    readonly resources: {
                        readonly type: "array";
                        readonly minItems: 1;
                        readonly items: {
                            readonly type: "object";
                            readonly additionalProperties: false;
                            readonly minProperties: 1;
                            readonly properties: {
                                readonly kind: {
                                    readonly type: "string";
                                };
                                readonly namespace: {
                                    readonly type: "string";
                                };
                                readonly name: {
                                    readonly type: "string";
                                };
                                readonly labels: {
                                    readonly type: "object";
                                    readonly additionalProperties: {
                                        readonly type: "string";
                                    };
                                };
                            };
                        };
                    };
                    readonly justification: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly pattern: "\\S";
                    };
                    readonly owner: {
                        readonly type: "string";
                        readonly minLength: 1;
                        readonly pattern: "\\S";
                    };
                    readonly expires: {
                        readonly type: "string";
                        readonly pattern: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";
                    };
                };
            };
        };
    };
};
/** What a configuration file sets beyond ScanConfig: defaults for CLI flags the user did not give. */
export interface LoadedConfig {
    readonly file?: string;
    readonly config: ScanConfig;
    readonly failOn?: Severity | 'none';
    readonly minSeverity?: Severity;
}
/** The nearest `.rampart.yaml` (or `.yml`) from `cwd` up to the filesystem root. */
export declare function findConfigFile(cwd: string): string | undefined;
export declare function readConfigFile(file: string): LoadedConfig;
/**
 * The configuration a command runs with: `--config FILE`, else the nearest `.rampart.yaml`, else
 * the defaults; plus the exceptions of every `--exceptions FILE`.
 */
export declare function loadConfig(options: {
    readonly configFile?: string;
    readonly exceptionFiles?: readonly string[];
    readonly cwd: string;
    readonly discover?: boolean;
}): LoadedConfig;
