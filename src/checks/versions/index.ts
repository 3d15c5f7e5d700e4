import type { Check } from '../check.js';
import endOfLife from './end-of-life.js';
import knownCve from './known-cve.js';
import patchBehind from './patch-behind.js';
import unsupportedSkew from './unsupported-skew.js';

export const VERSIONS_CHECKS: readonly Check[] = [endOfLife, knownCve, patchBehind, unsupportedSkew] as readonly Check[];
