export interface DpkgVersion {
    readonly epoch: number;
    readonly upstream: string;
    readonly revision: string;
}
/** parseversion: the epoch before the first `:`, the revision after the last `-`. */
export declare function parseDpkgVersion(text: string): DpkgVersion | undefined;
/** verrevcmp over two strings; the sign is what matters. */
export declare function verrevcmp(a: string, b: string): number;
/** dpkg_version_compare: negative, zero or positive. Unparsable versions throw. */
export declare function compareDpkg(a: string, b: string): number;
