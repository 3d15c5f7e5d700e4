import type { Check } from '../check.js';
import defaultNamespace from './default-namespace.js';
import undeclared from './undeclared.js';

export const NAMESPACES_CHECKS: readonly Check[] = [defaultNamespace, undeclared];
