import { type CliIo } from '../io.js';
export interface AuditServeOptions {
    readonly address: string;
    readonly port: number;
    readonly tlsCertFile?: string;
    readonly tlsPrivateKeyFile?: string;
    readonly clientCaFile?: string;
    readonly insecurePlainHttp?: boolean;
    readonly rules: readonly string[];
    readonly disableRules: readonly string[];
    readonly inventory: readonly string[];
    readonly stdout: boolean;
    readonly alertsFile?: string;
    readonly alertsUrl: readonly string[];
    readonly alertsUrlCa?: string;
    readonly maxBodyBytes: number;
    readonly maxQueueEvents: number;
    readonly requestTimeout: number;
    readonly shutdownTimeout: number;
}
/**
 * `rampart audit serve`: the webhook receiver, until SIGTERM or SIGINT; then it stops accepting,
 * drains its queue, delivers pending alerts and exits 0.
 */
export declare function runAuditServe(opts: AuditServeOptions, io: CliIo, signal?: AbortSignal): Promise<number>;
