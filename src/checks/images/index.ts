import type { Check } from '../check.js';
import invalidReference from './invalid-reference.js';
import latestTag from './latest-tag.js';
import notPinnedByDigest from './not-pinned-by-digest.js';
import pullPolicyNotAlways from './pull-policy-not-always.js';

export const IMAGES_CHECKS: readonly Check[] = [invalidReference, latestTag, notPinnedByDigest, pullPolicyNotAlways];
