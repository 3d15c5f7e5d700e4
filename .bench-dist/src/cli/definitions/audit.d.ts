import type { DefineCommand } from './command.js';
/** `rampart audit detect|serve|report|rbac`: threat detection and least privilege from Kubernetes audit logs. */
export declare const defineAudit: DefineCommand;
