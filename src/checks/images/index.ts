import type { Check } from '../check.js';
import invalidReference from './invalid-reference.js';
import knownVulnerability from './known-vulnerability.js';
import noSbom from './no-sbom.js';
import signatureInvalid from './signature-invalid.js';
import signatureUntrustedKey from './signature-untrusted-key.js';
import signatureUnverifiable from './signature-unverifiable.js';
import unsigned from './unsigned.js';
import latestTag from './latest-tag.js';
import missingPullSecret from './missing-pull-secret.js';
import notPinnedByDigest from './not-pinned-by-digest.js';
import publicRegistryInProduction from './public-registry-in-production.js';
import pullPolicyNotAlways from './pull-policy-not-always.js';
import untrustedRegistry from './untrusted-registry.js';
import versionDrift from './version-drift.js';

export const IMAGES_CHECKS: readonly Check[] = [
  invalidReference,
  knownVulnerability,
  latestTag,
  missingPullSecret,
  noSbom,
  notPinnedByDigest,
  publicRegistryInProduction,
  pullPolicyNotAlways,
  signatureInvalid,
  signatureUntrustedKey,
  signatureUnverifiable,
  unsigned,
  untrustedRegistry,
  versionDrift,
];
