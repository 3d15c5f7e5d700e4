import exposedService from './exposed-service.js';
import externalIps from './external-ips.js';
export const NETWORK_CHECKS = [exposedService, externalIps];
//# sourceMappingURL=index.js.map