import { option } from '../options.js';
import { CREDENTIAL_NAMES, DEFAULT_ENTROPY, IDENTIFIER_WORDS, NON_CREDENTIAL_NAMES, REFERENCE_PREFIXES, REFERENCE_QUALIFIERS, type CredentialVocabulary, type EntropySettings } from '../../analysis/credentials.js';
import { PLACEHOLDER_VALUES } from '../../analysis/secrets.js';
import type { OptionValues } from '../options.js';

/** The options of the checks that recognise credentials by their name (env literals, ConfigMaps). */
export const CREDENTIAL_NAME_OPTIONS = {
  credentialNames: option.strings(
    CREDENTIAL_NAMES,
    'Words that name a credential, matched as whole words of a variable or key name (DB_PASSWORD, dbPassword, spring.datasource.password); multi-word entries match consecutive words.',
  ),
  nonCredentialNames: option.strings(NON_CREDENTIAL_NAMES, 'Whole names that never hold a credential although a credential word matches (the shell\'s PWD).'),
  referenceQualifiers: option.strings(
    REFERENCE_QUALIFIERS,
    'A word after the credential word that makes the name about a credential rather than the credential itself (DB_PASSWORD_FILE, TOKEN_URL, CLIENT_SECRET_ID).',
  ),
  referencePrefixes: option.strings(REFERENCE_PREFIXES, 'A word before the credential word with the same effect (existingSecret, PUBLIC_KEY).'),
};

export function vocabularyOf(options: OptionValues<typeof CREDENTIAL_NAME_OPTIONS>): CredentialVocabulary {
  return { names: options.credentialNames, notCredentials: options.nonCredentialNames, qualifiers: options.referenceQualifiers, prefixes: options.referencePrefixes };
}

/** The options of the checks that also recognise a credential by how random its value is. */
export const ENTROPY_OPTIONS = {
  entropyMinLength: option.integer(DEFAULT_ENTROPY.minLength, 'Shortest single-token value judged by its entropy; 0 turns entropy detection off.', { minimum: 0 }),
  entropyMaxLength: option.integer(DEFAULT_ENTROPY.maxLength, 'Longest value judged by its entropy (longer ones are bundled data: certificates, scripts).', { minimum: 1 }),
  entropyMinPercent: option.integer(
    Math.round(DEFAULT_ENTROPY.minRatio * 100),
    'Shannon entropy a value must reach, in percent of the most a string of its length can have (log2 of its length, at most 6 bits per character); random keys reach 90 and more, names and words stay below 80.',
    { minimum: 1, maximum: 100 },
  ),
  entropyIdentifierWords: option.strings(
    IDENTIFIER_WORDS,
    'Words of a variable or key name that make a random value an identifier, digest or location rather than a secret (OKTA_CLIENT_ID, BUILD_SHA); such values are judged by their format only.',
  ),
};

export function entropyOf(options: OptionValues<typeof ENTROPY_OPTIONS>): EntropySettings | undefined {
  if (options.entropyMinLength === 0) return undefined;
  return { minLength: options.entropyMinLength, maxLength: options.entropyMaxLength, minRatio: options.entropyMinPercent / 100, identifierWords: options.entropyIdentifierWords };
}

/** Values that stand for a secret supplied later, for checks that look at Secret values. */
export const PLACEHOLDER_OPTIONS = {
  placeholderValues: option.strings(
    PLACEHOLDER_VALUES,
    'Regular expressions (matched against the whole value, case-insensitively) of values that stand for a secret filled in later: template variables, <angle-bracket> hints, CHANGEME.',
  ),
};
