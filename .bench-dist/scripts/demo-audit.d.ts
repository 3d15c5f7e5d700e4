declare function main(out: string): number;
/** The path of the demo's audit log in the repository. */
export declare function demoAuditPath(): string;
export { main as writeDemoAudit };
