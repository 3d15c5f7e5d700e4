import configmapCredentials from './configmap-credentials.js';
import envLiteralCredentials from './env-literal-credentials.js';
import secretInEnv from './secret-in-env.js';
export const SECRETS_CHECKS = [configmapCredentials, envLiteralCredentials, secretInEnv];
//# sourceMappingURL=index.js.map