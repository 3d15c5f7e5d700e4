/**
 * What a credential looks like, by its name or by its value: one table for every check that looks
 * for secrets in plain configuration (env literals, ConfigMaps). Matches never carry the value;
 * callers show `redact()`.
 */
/**
 * Names of credentials, as whole words (`DB_PASSWORD`, `spring.datasource.password`,
 * `clientSecret`; not `PASSWORDLESS`). Multi-word entries match consecutive words.
 */
export declare const CREDENTIAL_NAMES: readonly string[];
/**
 * A word after the credential word that makes the name about a credential rather than the
 * credential itself: `DB_PASSWORD_FILE`, `SECRET_KEY_PATH`, `SECRET_NAME`, `TOKEN_URL`,
 * `PASSWORD_MIN_LENGTH`.
 */
export declare const REFERENCE_QUALIFIERS: readonly string[];
/** A word before the credential word with the same effect: Helm's `existingSecret: my-secret`. */
export declare const REFERENCE_PREFIXES: readonly string[];
/** Values that are not secrets even under a credential-like name. */
export declare const NON_SECRET_VALUES: readonly {
    readonly pattern: RegExp;
    readonly what: string;
}[];
export interface SecretFormat {
    readonly id: string;
    /** For messages: "holds what looks like <description>". */
    readonly description: string;
    readonly pattern: RegExp;
    /** Matches that are placeholders rather than secrets. */
    readonly unless?: RegExp;
}
/** Values that are credentials whatever they are called: formats with a recognisable shape. */
export declare const SECRET_FORMATS: readonly SecretFormat[];
export interface FormatMatch {
    readonly format: SecretFormat;
    /** The matched text, redacted. */
    readonly redacted: string;
    /** 1-based line inside the value, for multi-line values. */
    readonly line: number;
}
/** Known secret formats found anywhere in `value`, at most one per format. */
export declare function findSecretFormats(value: string): FormatMatch[];
/** Splits `DB_PASSWORD`, `db.password`, `dbPassword`, `APIKey` into upper-case words. */
export declare function nameWords(name: string): string[];
/** The credential word(s) a name contains, e.g. `PASSWORD` for `DB_PASSWORD`; undefined if none. */
export declare function credentialName(name: string): string | undefined;
/** Why a value is obviously not a secret, or undefined if it may be one. */
export declare function nonSecretReason(value: string): string | undefined;
/** A literal value under a credential-like name that is not obviously harmless. */
export declare function isCredentialAssignment(name: string, value: string): string | undefined;
/**
 * Lines of a configuration file (properties, dotenv, INI, YAML, JSON) that assign a literal to a
 * credential-like key: `spring.datasource.password=s3cret`, `password: s3cret`, `"token": "…"`.
 */
export declare function findCredentialAssignments(text: string): {
    key: string;
    word: string;
    line: number;
    redacted: string;
}[];
/**
 * Safe to print: the length, and the first 4 characters only for values of 16 or more characters
 * (at most a quarter of the value; for token formats that is their public prefix, `AKIA`, `ghp_`).
 */
export declare function redact(value: string): string;
