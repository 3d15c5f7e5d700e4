/**
 * What a credential looks like, by its name or by its value: one table for every check that looks
 * for secrets in plain configuration (env literals, ConfigMaps). Matches never carry the value;
 * callers show `redact()`.
 */

/**
 * Names of credentials, as whole words (`DB_PASSWORD`, `spring.datasource.password`,
 * `clientSecret`; not `PASSWORDLESS`). Multi-word entries match consecutive words. A bare `KEY` is
 * not one (`CACHE_KEY`, `SORT_KEY`): the kinds of key that are credentials are listed, including
 * the names vendors document for their own.
 */
export const CREDENTIAL_NAMES: readonly string[] = [
  // passwords, and their short forms (`DB_PASS`, `MYSQL_PWD`, `REDIS_PW`; not the shell's `PWD`)
  'PASSWORD',
  'PASSWD',
  'PASSPHRASE',
  'PASS',
  'PWD',
  'PW',
  'PSWD',
  'SECRET',
  'TOKEN',
  'PAT', // personal access token: DIGITALOCEAN_PAT, GITHUB_PAT
  'CREDENTIAL',
  'CREDENTIALS',
  'CREDS',
  'APIKEY',
  'API_KEY',
  'ACCESS_KEY',
  'PRIVATE_KEY',
  'SECRET_KEY',
  'SIGNING_KEY',
  'ENCRYPTION_KEY',
  'MASTER_KEY',
  'AUTH_KEY',
  'SESSION_KEY',
  'HMAC_KEY',
  'CLIENT_KEY',
  'KEY_CONTENT', // OCI: OCI_CLI_KEY_CONTENT
  // Datadog DD_APP_KEY, Laravel APP_KEY
  'APP_KEY',
  'APPLICATION_KEY',
  // Azure storage and service bus: AZURE_STORAGE_ACCOUNT_KEY, AZURE_STORAGE_KEY, SharedAccessKey
  'ACCOUNT_KEY',
  'STORAGE_KEY',
  'SHARED_KEY',
  'SHARED_ACCESS_KEY',
  // GCP: GCP_SA_KEY, GCP_SERVICE_ACCOUNT_KEY, GCLOUD_SERVICE_KEY, GOOGLE_CLOUD_KEYFILE_JSON
  'SA_KEY',
  'SERVICE_ACCOUNT_KEY',
  'SERVICE_KEY',
  'KEYFILE_JSON',
  // New Relic NEW_RELIC_LICENSE_KEY; PagerDuty integration and routing keys; log shippers' ingestion keys
  'LICENSE_KEY',
  'INTEGRATION_KEY',
  'ROUTING_KEY',
  'INGESTION_KEY',
];

/** Whole names that hold no credential though a credential word matches: the shell's working directories. */
export const NON_CREDENTIAL_NAMES: readonly string[] = ['PWD', 'OLDPWD'];

/**
 * A word after the credential word that makes the name about a credential rather than the
 * credential itself: `DB_PASSWORD_FILE`, `SECRET_KEY_PATH`, `SECRET_NAME`, `TOKEN_URL`,
 * `PASSWORD_MIN_LENGTH`.
 */
export const REFERENCE_QUALIFIERS: readonly string[] = [
  'FILE', 'FILES', 'PATH', 'DIR', 'DIRECTORY', 'MOUNT', 'NAME', 'REF', 'STORE', 'SOURCE', 'PROVIDER',
  'URL', 'URI', 'ENDPOINT', 'HOST', 'PORT', 'HEADER',
  'ID', 'TYPE', 'KIND', 'FORMAT', 'ALGORITHM', 'MODE', 'VERSION', 'PREFIX', 'AUDIENCE', 'ISSUER', 'SCOPE', 'SCOPES',
  'MIN', 'MAX', 'LENGTH', 'SIZE', 'COUNT', 'TTL', 'EXPIRY', 'EXPIRES', 'EXPIRATION', 'TIMEOUT',
  'ENABLED', 'DISABLED', 'REQUIRED', 'POLICY',
  // identifiers that travel with a credential: TWILIO_API_KEY_SID, OCI_KEY_FINGERPRINT
  'SID', 'FINGERPRINT',
];

/** A word before the credential word with the same effect: Helm's `existingSecret: my-secret`. */
export const REFERENCE_PREFIXES: readonly string[] = ['EXISTING', 'PUBLIC', 'PUBLISHABLE'];

/**
 * The words that make a name a credential's, and the words that make it only about one: the
 * tables above by default; the secrets checks take their own from their options.
 */
export interface CredentialVocabulary {
  readonly names: readonly string[];
  readonly notCredentials: readonly string[];
  readonly qualifiers: readonly string[];
  readonly prefixes: readonly string[];
}

export const DEFAULT_VOCABULARY: CredentialVocabulary = {
  names: CREDENTIAL_NAMES,
  notCredentials: NON_CREDENTIAL_NAMES,
  qualifiers: REFERENCE_QUALIFIERS,
  prefixes: REFERENCE_PREFIXES,
};

/** Values that are not secrets even under a credential-like name. */
export const NON_SECRET_VALUES: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^(?:true|false|yes|no|on|off|y|n|null|nil|none|enabled|disabled)$/i, what: 'a boolean or null' },
  { pattern: /^[+-]?\d+(?:\.\d+)?(?:ms|s|m|h|d)?$/, what: 'a number or duration' },
  // Kubernetes expands $(VAR) from other env entries; ${VAR} and {{ }} are placeholders for a tool.
  { pattern: /^(?:\$\([A-Za-z_][A-Za-z0-9_.-]*\)|\$\{[^}]*\}|\{\{[^}]*\}\}|<%[^%]*%>)+$/, what: 'a reference to another variable' },
  { pattern: /^(?:\/|\.\/|~\/)[\w./@+-]*$/, what: 'a file path' },
];

export interface SecretFormat {
  readonly id: string;
  /** For messages: "holds what looks like <description>". */
  readonly description: string;
  readonly pattern: RegExp;
  /** Matches that are placeholders rather than secrets. */
  readonly unless?: RegExp;
}

/** Values that are credentials whatever they are called: formats with a recognisable shape. */
export const SECRET_FORMATS: readonly SecretFormat[] = [
  { id: 'private-key', description: 'a PEM private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { id: 'aws-access-key-id', description: 'an AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { id: 'github-token', description: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/ },
  { id: 'gitlab-token', description: 'a GitLab access token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/ },
  { id: 'slack-token', description: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { id: 'google-api-key', description: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { id: 'stripe-key', description: 'a Stripe live secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{20,}\b/ },
  { id: 'jwt', description: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/ },
  { id: 'digitalocean-token', description: 'a DigitalOcean token', pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/ },
  { id: 'sendgrid-key', description: 'a SendGrid API key', pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/ },
  { id: 'npm-token', description: 'an npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { id: 'slack-webhook', description: 'a Slack incoming webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/ },
  {
    // Azure storage, Service Bus and Event Hubs, and ADO.NET connection strings
    id: 'connection-string-key',
    description: 'a connection string with a key or password',
    pattern: /(?:^|;)\s*(?:AccountKey|SharedAccessKey|Password|Pwd)\s*=\s*[^;\s]{4,}/i,
    unless: /=\s*(?:\$\(|\$\{|\{\{|\*+(?:;|$))/,
  },
  {
    id: 'url-password',
    description: 'a URL with an embedded password',
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:[^\s/@]+@/i,
    unless: /:\/\/[^\s:/@]*:(?:\$\(|\$\{|\{\{|\*+@)/,
  },
];

export interface FormatMatch {
  readonly format: SecretFormat;
  /** The matched text, redacted. */
  readonly redacted: string;
  /** 1-based line inside the value, for multi-line values. */
  readonly line: number;
}

/** Known secret formats found anywhere in `value`, at most one per format. */
export function findSecretFormats(value: string): FormatMatch[] {
  const found: FormatMatch[] = [];
  for (const format of SECRET_FORMATS) {
    const m = format.pattern.exec(value);
    if (!m || (format.unless && format.unless.test(m[0]))) continue;
    found.push({ format, redacted: redact(m[0]), line: lineAt(value, m.index) });
  }
  return found;
}

/** Splits `DB_PASSWORD`, `db.password`, `dbPassword`, `APIKey` into upper-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toUpperCase());
}

/** Credential names split into word sequences, longest first; computed once per names table. */
const wordSequences = new WeakMap<readonly string[], readonly (readonly string[])[]>();

/** Answers of `credentialName` per vocabulary (by its tables' identity): names repeat across a cluster's objects. */
const answers = new WeakMap<readonly string[], { readonly vocabulary: CredentialVocabulary; readonly byName: Map<string, string | undefined> }>();

/** The credential word(s) a name contains, e.g. `PASSWORD` for `DB_PASSWORD`; undefined if none. */
export function credentialName(name: string, vocabulary: CredentialVocabulary = DEFAULT_VOCABULARY): string | undefined {
  let cache = answers.get(vocabulary.names);
  const v = cache?.vocabulary;
  if (!cache || v!.notCredentials !== vocabulary.notCredentials || v!.qualifiers !== vocabulary.qualifiers || v!.prefixes !== vocabulary.prefixes) {
    answers.set(vocabulary.names, (cache = { vocabulary, byName: new Map() }));
  }
  if (cache.byName.has(name)) return cache.byName.get(name);
  const word = matchCredentialName(name, vocabulary);
  cache.byName.set(name, word);
  return word;
}

function matchCredentialName(name: string, vocabulary: CredentialVocabulary): string | undefined {
  if (vocabulary.notCredentials.includes(name)) return undefined;
  let sequences = wordSequences.get(vocabulary.names);
  if (!sequences) wordSequences.set(vocabulary.names, (sequences = vocabulary.names.map((n) => nameWords(n)).sort((a, b) => b.length - a.length)));
  const words = nameWords(name);
  for (const seq of sequences) {
    for (let i = 0; i + seq.length <= words.length; i++) {
      if (!seq.every((w, j) => words[i + j] === w)) continue;
      if (words.slice(i + seq.length).some((w) => vocabulary.qualifiers.includes(w))) continue;
      if (i > 0 && vocabulary.prefixes.includes(words[i - 1])) continue;
      return seq.join('_');
    }
  }
  return undefined;
}

/** Why a value is obviously not a secret, or undefined if it may be one. */
export function nonSecretReason(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return 'empty';
  return NON_SECRET_VALUES.find((n) => n.pattern.test(v))?.what;
}

/** A literal value under a credential-like name that is not obviously harmless. */
export function isCredentialAssignment(name: string, value: string, vocabulary: CredentialVocabulary = DEFAULT_VOCABULARY): string | undefined {
  const word = credentialName(name, vocabulary);
  return word !== undefined && nonSecretReason(value) === undefined ? word : undefined;
}

/**
 * Lines of a configuration file (properties, dotenv, INI, YAML, JSON) that assign a literal to a
 * credential-like key: `spring.datasource.password=s3cret`, `password: s3cret`, `"token": "…"`.
 */
export function findCredentialAssignments(text: string, vocabulary: CredentialVocabulary = DEFAULT_VOCABULARY): { key: string; word: string; line: number; redacted: string }[] {
  const found: { key: string; word: string; line: number; redacted: string }[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const m = ASSIGNMENT.exec(raw);
    if (!m) return;
    const [, key, rawValue] = m;
    const value = unquote(rawValue.replace(/\s+#.*$/, '').replace(/,\s*$/, '').trim());
    const word = isCredentialAssignment(key, value, vocabulary);
    if (word !== undefined) found.push({ key, word, line: i + 1, redacted: redact(value) });
  });
  return found;
}

const ASSIGNMENT = /^\s*(?:export\s+|-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*(\S.*)$/;

function unquote(v: string): string {
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1) : v;
}

/** Values at or above this length show their first characters: no more than a quarter of them. */
const REDACT_SHOW_FROM = 16;
const REDACT_SHOW = 4;

/**
 * Safe to print: the length, and the first 4 characters only for values of 16 or more characters
 * (at most a quarter of the value; for token formats that is their public prefix, `AKIA`, `ghp_`).
 */
export function redact(value: string): string {
  const shown = value.length >= REDACT_SHOW_FROM ? value.slice(0, REDACT_SHOW) : '';
  return `${shown}… (${value.length} chars)`;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
