import type { Component } from './components.js';
export interface EtcdSetting {
    readonly value: string;
    readonly pointer: string;
    /** As written: `--client-cert-auth=true` or `ETCD_CLIENT_CERT_AUTH=true`. */
    readonly text: string;
}
/**
 * An etcd setting as etcd reads it: a command-line flag, else the ETCD_<NAME> environment variable
 * (a flag shadows its variable). With --config-file, etcd ignores both flags and environment, and
 * the value is in a file the input does not hold: 'config-file'. Undefined means etcd's default.
 */
export declare function etcdSetting(c: Component, flag: string): EtcdSetting | 'config-file' | undefined;
/** A boolean etcd setting: its value (default when unset), or 'config-file' when unknown. */
export declare function etcdBool(c: Component, flag: string, defaultValue: boolean): {
    value: boolean | undefined;
    setting?: EtcdSetting;
} | 'config-file';
