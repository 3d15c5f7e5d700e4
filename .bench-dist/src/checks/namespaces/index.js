import defaultNamespace from './default-namespace.js';
import noLimitRange from './no-limit-range.js';
import noResourceQuota from './no-resource-quota.js';
import pssNotEnforced from './pss-not-enforced.js';
import pssWeakerThanWarn from './pss-weaker-than-warn.js';
import systemNamespaceWorkloads from './system-namespace-workloads.js';
import undeclared from './undeclared.js';
export const NAMESPACES_CHECKS = [defaultNamespace, noLimitRange, noResourceQuota, pssNotEnforced, pssWeakerThanWarn, systemNamespaceWorkloads, undeclared];
//# sourceMappingURL=index.js.map