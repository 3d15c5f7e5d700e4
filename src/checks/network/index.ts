import type { Check } from '../check.js';
import exposedService from './exposed-service.js';
import externalIps from './external-ips.js';

export const NETWORK_CHECKS: readonly Check[] = [exposedService, externalIps];
