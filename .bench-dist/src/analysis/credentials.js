/**
 * What a credential looks like, by its name or by its value: one table for every check that looks
 * for secrets in plain configuration (env literals, ConfigMaps). Matches never carry the value;
 * callers show `redact()`.
 */
/**
 * Names of credentials, as whole words (`DB_PASSWORD`, `spring.datasource.password`,
 * `clientSecret`; not `PASSWORDLESS`). Multi-word entries match consecutive words.
 */
export const CREDENTIAL_NAMES = [
    'PASSWORD',
    'PASSWD',
    'PASSPHRASE',
    'SECRET',
    'TOKEN',
    'CREDENTIAL',
    'CREDENTIALS',
    'APIKEY',
    'API_KEY',
    'ACCESS_KEY',
    'PRIVATE_KEY',
    'SECRET_KEY',
    'SIGNING_KEY',
    'ENCRYPTION_KEY',
    'MASTER_KEY',
];
/**
 * A word after the credential word that makes the name about a credential rather than the
 * credential itself: `DB_PASSWORD_FILE`, `SECRET_KEY_PATH`, `SECRET_NAME`, `TOKEN_URL`,
 * `PASSWORD_MIN_LENGTH`.
 */
export const REFERENCE_QUALIFIERS = [
    'FILE', 'FILES', 'PATH', 'DIR', 'DIRECTORY', 'MOUNT', 'NAME', 'REF', 'STORE', 'SOURCE', 'PROVIDER',
    'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'HEADER',
    'ID', 'TYPE', 'KIND', 'FORMAT', 'ALGORITHM', 'MODE', 'VERSION', 'PREFIX', 'AUDIENCE', 'ISSUER', 'SCOPE', 'SCOPES',
    'MIN', 'MAX', 'LENGTH', 'SIZE', 'COUNT', 'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'TIMEOUT',
    'ENABLED', 'DISABLED', 'REQUIRED', 'POLICY',
];
/** A word before the credential word with the same effect: Helm's `existingSecret: my-secret`. */
export const REFERENCE_PREFIXES = ['EXISTING'];
/** Values that are not secrets even under a credential-like name. */
export const NON_SECRET_VALUES = [
    { pattern: /^(?:true|false|yes|no|on|off|y|n|null|nil|none|enabled|disabled)$/i, what: 'a boolean or null' },
    { pattern: /^[+-]?\d+(?:\.\d+)?(?:ms|s|m|h|d)?$/, what: 'a number or duration' },
    // Kubernetes expands $(VAR) from other env entries; ${VAR} and {{ }} are placeholders for a tool.
    { pattern: /^(?:\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[^}]*\}|\{\{[^}]*\}\}|<%[^%]*%>)+$/, what: 'a reference to another variable' },
    { pattern: /^(?:\/|\.\/|~\/)[\w./@+-]*$/, what: 'a file path' },
];
/** Values that are credentials whatever they are called: formats with a recognisable shape. */
export const SECRET_FORMATS = [
    { id: 'private-key', description: 'a PEM private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
    { id: 'aws-access-key-id', description: 'an AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { id: 'github-token', description: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
    { id: 'gitlab-token', description: 'a GitLab access token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
    { id: 'slack-token', description: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
    { id: 'google-api-key', description: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
    { id: 'stripe-key', description: 'a Stripe live secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{20,}\b/ },
    { id: 'jwt', description: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/ },
    {
        id: 'url-password',
        description: 'a URL with an embedded password',
        pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:[^\s/@]+@/i,
        unless: /:\/\/[^\s:/@]*:(?:\$\(|\$\{|\{\{|\*+@)/,
    },
];
/** Known secret formats found anywhere in `value`, at most one per format. */
export function findSecretFormats(value) {
    const found = [];
    for (const format of SECRET_FORMATS) {
        const m = format.pattern.exec(value);
        if (!m || (format.unless && format.unless.test(m[0])))
            continue;
        found.push({ format, redacted: redact(m[0]), line: lineAt(value, m.index) });
    }
    return found;
}
/** Splits `DB_PASSWORD`, `db.password`, `dbPassword`, `APIKey` into upper-case words. */
export function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w.toUpperCase());
}
let credentialWords;
/** The credential word(s) a name contains, e.g. `PASSWORD` for `DB_PASSWORD`; undefined if none. */
export function credentialName(name) {
    credentialWords ??= CREDENTIAL_NAMES.map((n) => n.split('_')).sort((a, b) => b.length - a.length);
    const words = nameWords(name);
    for (const seq of credentialWords) {
        for (let i = 0; i + seq.length <= words.length; i++) {
            if (!seq.every((w, j) => words[i + j] === w))
                continue;
            if (words.slice(i + seq.length).some((w) => REFERENCE_QUALIFIERS.includes(w)))
                continue;
            if (i > 0 && REFERENCE_PREFIXES.includes(words[i - 1]))
                continue;
            return seq.join('_');
        }
    }
    return undefined;
}
/** Why a value is obviously not a secret, or undefined if it may be one. */
export function nonSecretReason(value) {
    const v = value.trim();
    if (v === '')
        return 'empty';
    return NON_SECRET_VALUES.find((n) => n.pattern.test(v))?.what;
}
/** A literal value under a credential-like name that is not obviously harmless. */
export function isCredentialAssignment(name, value) {
    const word = credentialName(name);
    return word !== undefined && nonSecretReason(value) === undefined ? word : undefined;
}
/**
 * Lines of a configuration file (properties, dotenv, INI, YAML, JSON) that assign a literal to a
 * credential-like key: `spring.datasource.password=s3cret`, `password: s3cret`, `"token": "…"`.
 */
export function findCredentialAssignments(text) {
    const found = [];
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const m = ASSIGNMENT.exec(raw);
        if (!m)
            return;
        const [, key, rawValue] = m;
        const value = unquote(rawValue.replace(/\s+#.*$/, '').replace(/,\s*$/, '').trim());
        const word = isCredentialAssignment(key, value);
        if (word !== undefined)
            found.push({ key, word, line: i + 1, redacted: redact(value) });
    });
    return found;
}
const ASSIGNMENT = /^\s*(?:export\s+|-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*(\S.*)$/;
function unquote(v) {
    return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}
/** Values at or above this length show their first characters: no more than a quarter of them. */
const REDACT_SHOW_FROM = 16;
const REDACT_SHOW = 4;
/**
 * Safe to print: the length, and the first 4 characters only for values of 16 or more characters
 * (at most a quarter of the value; for token formats that is their public prefix, `AKIA`, `ghp_`).
 */
export function redact(value) {
    const shown = value.length >= REDACT_SHOW_FROM ? value.slice(0, REDACT_SHOW) : '';
    return `${shown}… (${value.length} chars)`;
}
function lineAt(text, index) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
//# sourceMappingURL=credentials.js.map