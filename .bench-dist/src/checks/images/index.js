import invalidReference from './invalid-reference.js';
import latestTag from './latest-tag.js';
import missingPullSecret from './missing-pull-secret.js';
import notPinnedByDigest from './not-pinned-by-digest.js';
import publicRegistryInProduction from './public-registry-in-production.js';
import pullPolicyNotAlways from './pull-policy-not-always.js';
import untrustedRegistry from './untrusted-registry.js';
import versionDrift from './version-drift.js';
export const IMAGES_CHECKS = [
    invalidReference,
    latestTag,
    missingPullSecret,
    notPinnedByDigest,
    publicRegistryInProduction,
    pullPolicyNotAlways,
    untrustedRegistry,
    versionDrift,
];
//# sourceMappingURL=index.js.map