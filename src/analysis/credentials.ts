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
  { id: 'aws-secret-access-key', description: 'an AWS secret access key', pattern: /\b(?:aws_?secret_?access_?key|secret_?access_?key|SecretAccessKey)["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i },
  { id: 'gcp-service-account-key', description: 'a Google Cloud service account key', pattern: /"private_key_id"\s*:\s*"[0-9a-f]{40}"/ },
  { id: 'google-oauth-client-secret', description: 'a Google OAuth client secret', pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/ },
  { id: 'google-oauth-token', description: 'a Google OAuth access token', pattern: /\bya29\.[0-9A-Za-z_-]{30,}/ },
  // Azure AD application (client) secrets since 2022: three characters, a digit, "Q~", then 31 to 34
  { id: 'azure-client-secret', description: 'an Azure AD client secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/ },
  { id: 'azure-sas-token', description: 'an Azure shared access signature', pattern: /[?&]sig=[A-Za-z0-9%+/]{40,}/ },
  { id: 'gitlab-token', description: 'a GitLab token', pattern: /\b(?:glpat|glptt|gldt|glrt|glcbt|glsoat|gloas|glft|glimt|glagent)-[A-Za-z0-9_-]{20,}|\bGR1348941[A-Za-z0-9_-]{20,}/ },
  { id: 'slack-token', description: 'a Slack token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{32,}/ },
  { id: 'google-api-key', description: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { id: 'stripe-key', description: 'a Stripe live secret key', pattern: /\b[rs]k_live_[0-9A-Za-z]{20,}\b/ },
  { id: 'jwt', description: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/ },
  { id: 'digitalocean-token', description: 'a DigitalOcean token', pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/ },
  { id: 'sendgrid-key', description: 'a SendGrid API key', pattern: /\bSG\.[\w-]{22}\.[\w-]{43}\b/ },
  { id: 'npm-token', description: 'an npm access token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { id: 'twilio-api-key', description: 'a Twilio API key', pattern: /\bSK[0-9a-f]{32}\b/ },
  { id: 'vault-token', description: 'a HashiCorp Vault token', pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/ },
  { id: 'docker-hub-token', description: 'a Docker Hub access token', pattern: /\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}/ },
  { id: 'pypi-token', description: 'a PyPI API token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/ },
  { id: 'openai-key', description: 'an OpenAI API key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/ },
  { id: 'anthropic-key', description: 'an Anthropic API key', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}/ },
  { id: 'shopify-token', description: 'a Shopify access token', pattern: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/ },
  { id: 'age-secret-key', description: 'an age secret key', pattern: /\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b/ },
  {
    // a Docker config.json (what imagePullSecrets hold) with a registry login
    id: 'docker-config-auth',
    description: 'a container registry login (Docker config auth)',
    pattern: /"auths"\s*:\s*\{[\s\S]{0,2000}?"(?:auth|password|identitytoken)"\s*:\s*"[^"$\s{]{8,}"/,
  },
  {
    id: 'authorization-header',
    description: 'an HTTP Authorization header with credentials',
    pattern: /\b(?:Proxy-)?Authorization["']?\s*[:=]\s*["']?(?:Basic|Bearer|Token)\s+[A-Za-z0-9+/=._~-]{16,}/i,
    unless: /(?:Basic|Bearer|Token)\s+(?:\$|\{\{)/i,
  },
  // htpasswd lines (nginx basic auth): an offline-crackable password hash
  { id: 'password-hash', description: 'an htpasswd password hash', pattern: /^[\w.@-]+:(?:\$(?:apr1|2[aby]|5|6)\$[^\s:]{8,}|\{SHA\}[A-Za-z0-9+/]{27}=)/m },
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

/**
 * A literal that every format above requires (case-insensitive, so a superset): one test rules
 * out most values before the formats are tried one by one. Add the literal of a new format here;
 * the format tests fail when one is missing.
 */
const FORMAT_HINTS = new RegExp(
  [
    'PRIVATE KEY', 'AKIA', 'ASIA', 'secret_?access_?key', 'private_key_id', 'GOCSPX-', 'ya29\\.', 'Q~', 'sig=', 'gh[pousr]_', 'github_pat_',
    'gl[a-z]+-', 'GR1348941', 'xox[a-z]-', 'xapp-', 'AIza', 'k_live_', 'eyJ', 'do[por]_v1_', 'SG\\.', 'npm_', 'SK[0-9a-f]', 'hv[sbr]\\.', 'dckr_',
    'pypi-', 'T3BlbkFJ', 'sk-ant-', 'shp[a-z]{2}_', 'AGE-SECRET-KEY', '"auths"', 'Authorization', '\\$(?:apr1|2[aby]|5|6)\\$', '\\{SHA\\}',
    'hooks\\.slack\\.com', '(?:AccountKey|SharedAccessKey|Password|Pwd)\\s*=', '://',
  ].join('|'),
  'i',
);

/** Known secret formats found anywhere in `value`, at most one per format. */
export function findSecretFormats(value: string): FormatMatch[] {
  const found: FormatMatch[] = [];
  if (!FORMAT_HINTS.test(value)) return found;
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

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** How random a value must look to be reported as a secret without a name or a format telling so. */
export interface EntropySettings {
  /** Shortest value considered (shorter random strings are too often identifiers). */
  readonly minLength: number;
  /** Longest value considered (longer ones are bundled data: certificates, scripts, dashboards). */
  readonly maxLength: number;
  /**
   * Minimum Shannon entropy, as a share (0-1) of the most a string of its length over its
   * alphabet can have: random tokens sit at 0.9 and above, names and words well below.
   */
  readonly minRatio: number;
  /** Words of a name that make a random value an identifier rather than a secret (`OKTA_CLIENT_ID`, `BUILD_SHA`). */
  readonly identifierWords: readonly string[];
}

/** Words naming identifiers, digests and locations: random-looking but not secret. */
export const IDENTIFIER_WORDS: readonly string[] = [
  'ID', 'IDS', 'UID', 'UUID', 'GUID', 'NAME', 'USER', 'USERNAME', 'LOGIN', 'EMAIL', 'ACCOUNT', 'PROJECT', 'TENANT', 'ORG', 'SUBSCRIPTION', 'APP',
  'URL', 'URI', 'HOST', 'HOSTNAME', 'DOMAIN', 'ENDPOINT', 'ADDRESS', 'PATH', 'FILE', 'DIR', 'BUCKET', 'QUEUE', 'TOPIC', 'ARN', 'NAMESPACE', 'REGION', 'ZONE',
  'VERSION', 'TAG', 'IMAGE', 'DIGEST', 'HASH', 'CHECKSUM', 'SHA', 'COMMIT', 'REVISION', 'BUILD', 'RELEASE',
];

export const DEFAULT_ENTROPY: EntropySettings = { minLength: 20, maxLength: 512, minRatio: 0.86, identifierWords: IDENTIFIER_WORDS };

/**
 * Single-token values that are random but public by design, whatever their entropy: digests and
 * checksums (hex, `sha256:`, npm's `sha512-`), UUIDs, base64 certificates and public keys, and
 * paths, hostnames, image references and dotted or dashed names.
 */
const RANDOM_BUT_PUBLIC: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^(?:0x)?[0-9a-fA-F]+$/, what: 'hex (a digest, checksum or id)' },
  { pattern: /^(?:sha(?:1|224|256|384|512)|md5)[:-]/i, what: 'a digest' },
  { pattern: /@sha256:[0-9a-f]{64}$/, what: 'an image reference' },
  { pattern: /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i, what: 'a UUID' },
  // base64 PEM certificates and public keys ("-----BEGIN CERT…"), DER certificates, SSH public keys
  { pattern: /^LS0tLS1CRUdJTi(?:BDRVJUSUZJQ0FUR|BQVUJMSUMgS0VZ|BSU0EgUFVCTElDIEtFW|BFQyBQVUJMSUMgS0VZ|BYNTA5)/, what: 'a base64 certificate or public key' },
  { pattern: /^MII[A-Za-z0-9+/]/, what: 'a base64 DER certificate or key' },
  { pattern: /^AAAA[BCE][0-9]/, what: 'an SSH public key' },
  { pattern: /^(?:https?|wss?|grpcs?|tcp|udp|unix|file|s3|gs|oci):\/\//i, what: 'a URL' },
  { pattern: /^\.{0,2}\//, what: 'a path' },
  { pattern: /^[a-z0-9]+(?:[-_./:@][a-z0-9]+)+$/, what: 'a lower-case name (DNS name, API group, path)' },
  // words joined by separators: names, hostnames, paths and versions (each part short and unmixed)
  { pattern: /^(?:[a-z]+|[A-Z]+|[A-Z]?[a-z]+|\d+)(?:[-_./:@](?:[a-z]+|[A-Z]+|[A-Z]?[a-z]+|\d+|v\d+(?:\.\d+)*))+$/, what: 'a name made of words' },
];

/** Why a random-looking value is public (a digest, a certificate, a name), or undefined. */
export function publicReason(value: string): string | undefined {
  return RANDOM_BUT_PUBLIC.find((p) => p.pattern.test(value))?.what;
}

const TOKEN_CHARS = /^[A-Za-z0-9+/=_.~-]+$/;

export interface RandomValue {
  /** Shannon entropy in bits per character. */
  readonly entropy: number;
  readonly length: number;
}

/**
 * A single-token value that looks like a random secret (an API key, a generated password): long
 * enough, of token characters, mixing letters and digits, not a digest, certificate or name, and
 * with entropy close to the most its length allows. Undefined otherwise.
 */
export function randomSecret(value: string, settings: EntropySettings = DEFAULT_ENTROPY): RandomValue | undefined {
  const v = value.trim();
  if (v.length < settings.minLength || v.length > settings.maxLength || !TOKEN_CHARS.test(v)) return undefined;
  if (!/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return undefined;
  if (publicReason(v) !== undefined || nonSecretReason(v) !== undefined) return undefined;
  const entropy = shannonEntropy(v);
  // the most a string of this length can reach: every character distinct, within a 64-character alphabet
  const most = Math.log2(Math.min(v.length, 64));
  return entropy >= settings.minRatio * most ? { entropy: Math.round(entropy * 100) / 100, length: v.length } : undefined;
}

/** Why a value is a credential: its name, a known format in it, or its randomness. */
export interface CredentialEvidence {
  readonly nameMatch?: string;
  readonly formats: readonly FormatMatch[];
  readonly random?: RandomValue;
}

/**
 * Everything that says `value` (named `name`, when it has one) is a credential, or undefined when
 * nothing does. Entropy is consulted only when neither the name nor a format decides.
 */
export function credentialEvidence(name: string | undefined, value: string, vocabulary: CredentialVocabulary, entropy: EntropySettings | undefined): CredentialEvidence | undefined {
  const formats = findSecretFormats(value);
  const nameMatch = name !== undefined ? isCredentialAssignment(name, value, vocabulary) : undefined;
  let random = formats.length === 0 && nameMatch === undefined && entropy ? randomSecret(value, entropy) : undefined;
  // a random value under a name that says identifier (CLIENT_ID, BUILD_SHA) is one
  if (random && name !== undefined && entropy && nameWords(name).some((w) => entropy.identifierWords.includes(w))) random = undefined;
  if (formats.length === 0 && nameMatch === undefined && random === undefined) return undefined;
  return { ...(nameMatch !== undefined && { nameMatch }), formats, ...(random && { random }) };
}

/** "its name looks like a credential (PASSWORD)", "it holds what looks like an AWS access key ID"… */
export function describeEvidence(e: CredentialEvidence): string[] {
  const reasons: string[] = [];
  if (e.nameMatch !== undefined) reasons.push(`its name looks like a credential (${e.nameMatch})`);
  for (const f of e.formats) reasons.push(`it holds what looks like ${f.format.description}${f.line > 1 ? ` on line ${f.line}` : ''}`);
  if (e.random) reasons.push(`it looks random (${e.random.entropy} bits of entropy per character over ${e.random.length} characters), like a generated key or password`);
  return reasons;
}
