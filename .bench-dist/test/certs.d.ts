/**
 * A throwaway CA and a server certificate for localhost and 127.0.0.1, made in memory for tests
 * of the HTTPS servers (ECDSA P-256 through WebCrypto; @peculiar/x509 writes the certificates).
 */
import 'reflect-metadata';
export interface TestPki {
    readonly caPem: string;
    readonly certPem: string;
    readonly keyPem: string;
    /** Another certificate and key from the same CA, for reload tests. */
    issue(commonName: string): Promise<{
        certPem: string;
        keyPem: string;
        serial: string;
    }>;
}
export declare function makeTestPki(): Promise<TestPki>;
