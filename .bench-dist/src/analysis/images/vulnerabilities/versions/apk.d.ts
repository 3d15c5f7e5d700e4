/** True when apk would accept the version (apk_version_validate). */
export declare function isValidApkVersion(v: string): boolean;
/** apk_version_compare: negative, zero or positive. */
export declare function compareApk(a: string, b: string): number;
