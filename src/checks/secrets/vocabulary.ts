import { option } from '../options.js';
import { CREDENTIAL_NAMES, NON_CREDENTIAL_NAMES, REFERENCE_PREFIXES, REFERENCE_QUALIFIERS, type CredentialVocabulary } from '../../analysis/credentials.js';
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
