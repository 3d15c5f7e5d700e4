import type { Check } from '../check.js';
import configmapCredentials from './configmap-credentials.js';
import envLiteralCredentials from './env-literal-credentials.js';
import secretInEnv from './secret-in-env.js';
import encryptionProviderStrength from './encryption-provider-strength.js';
import encryptionUnencrypted from './encryption-unencrypted.js';
import legacyTokenSecret from './legacy-token-secret.js';
import secretInManifest from './secret-in-manifest.js';
import secretLastApplied from './secret-last-applied.js';
import annotationCredentials from './annotation-credentials.js';
import unusedSecret from './unused-secret.js';
import encryptionKeyInFile from './encryption-key-in-file.js';

export const SECRETS_CHECKS: readonly Check[] = [
  configmapCredentials,
  envLiteralCredentials,
  secretInEnv,
  encryptionProviderStrength,
  encryptionUnencrypted,
  legacyTokenSecret,
  secretInManifest,
  secretLastApplied,
  annotationCredentials,
  unusedSecret,
  encryptionKeyInFile,
];
