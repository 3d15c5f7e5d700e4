import type { Check } from '../check.js';
import egressBlocksDns from './egress-blocks-dns.js';
import exposedService from './exposed-service.js';
import externalIps from './external-ips.js';
import invalidPolicy from './invalid-policy.js';
import lateralMovement from './lateral-movement.js';
import metadataEndpointEgress from './metadata-endpoint-egress.js';
import noDefaultDenyEgress from './no-default-deny-egress.js';
import noDefaultDenyIngress from './no-default-deny-ingress.js';
import policySelectsNothing from './policy-selects-nothing.js';
import reachableFromAllNamespaces from './reachable-from-all-namespaces.js';
import ruleSelectsNothing from './rule-selects-nothing.js';
import secretWorkloadInternetEgress from './secret-workload-internet-egress.js';
import sensitiveReachableCrossNamespace from './sensitive-reachable-cross-namespace.js';
import workloadNotIsolated from './workload-not-isolated.js';

export const NETWORK_CHECKS: readonly Check[] = [
  egressBlocksDns,
  exposedService,
  externalIps,
  invalidPolicy,
  lateralMovement,
  metadataEndpointEgress,
  noDefaultDenyEgress,
  noDefaultDenyIngress,
  policySelectsNothing,
  reachableFromAllNamespaces,
  ruleSelectsNothing,
  secretWorkloadInternetEgress,
  sensitiveReachableCrossNamespace,
  workloadNotIsolated,
] as Check[];
