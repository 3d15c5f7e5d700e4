/**
 * Rampart's library API. The CLI, and later the admission webhook and audit receiver, are thin
 * layers over these functions. Importing this module does no I/O and no work.
 *
 * ```ts
 * import { readInputs, loadInventory, scan, renderJson } from 'rampart';
 * const { inputs, diagnostics } = readInputs(['k8s/'], () => Buffer.alloc(0));
 * const result = scan(loadInventory(inputs, diagnostics));
 * process.stdout.write(renderJson(result));
 * ```
 */

// inventory
export { readInputs, loadInventory, loadText, type LoadInput } from './inventory/load.js';
export { Inventory } from './inventory/inventory.js';
export { InventoryObject, refToString, type ResourceRef } from './inventory/object.js';
export { POD_BEARING_KINDS, type PodSpecView, type ContainerView } from './inventory/pod-spec.js';
export type { Location } from './inventory/source.js';
export { InputError, UsageError, formatDiagnostic, type Diagnostic, type DiagnosticCode } from './inventory/diagnostics.js';
export type { KubernetesObject, ObjectMeta, PodSpec, Container } from './k8s/types.js';

// findings and checks
export { scan, selectChecks, SCHEMA_VERSION, type ScanOptions, type ScanResult, type ScanSummary } from './scan.js';
export { SEVERITIES, AREAS, KCSA_DOMAINS, fingerprint, type Finding, type Severity, type Area, type References } from './findings/finding.js';
export { defineCheck, type Check, type CheckMeta, type CheckContext, type Report } from './checks/check.js';
export { ALL_CHECKS, findCheck } from './checks/registry.js';
export { DEFAULT_CONFIG, type ScanConfig } from './config.js';

// analyses
export {
  evaluatePod,
  achievableLevel,
  isAllowed,
  namespacePolicy,
  parseLevel,
  parseVersion,
  admissionMessage,
  PSS_CONTROLS,
  type PssLevel,
  type PssVersion,
  type PssViolation,
  type NamespacePolicy,
} from './analysis/pss/index.js';
export { pssResults, type PssReport, type PssResult, type PssNamespaceSummary } from './analysis/pss/report.js';

// images and the supply chain
export { imageUsage, type ImageUse, type ImageUsage } from './analysis/images/usage.js';
export { imagesReport, type ImagesReport, type ImageRow, type WorkloadRow, type NamespaceRow } from './analysis/images/report.js';
export { imageEvidence, type ImageEvidence } from './analysis/images/supply-chain.js';
export type { SupplyChainEvidence, SignatureState } from './analysis/images/evidence.js';
export type { SupplyChainInputs } from './analysis/images/load-evidence.js';
export { versionOrder, type VersionOrder } from './analysis/images/vulnerabilities/versions/index.js';
export { loadSupplyChain } from './supply-chain.js';

// reporters
export { renderJson, jsonReport } from './report/json.js';
export { resultDocument } from './report/document.js';
export { writeChunks, type Chunks } from './report/stream.js';
export { renderYaml, yamlReport } from './report/yaml.js';
export { renderSarif } from './report/sarif.js';
export { renderTable } from './report/table.js';

// audit logs
export { detect, ruleSetFor, type DetectResult, type DetectSummary, type DetectOptions } from './audit/detect.js';
export { auditReport, type AuditReport } from './audit/report.js';
export { leastPrivilege, parseSubject, type LeastPrivilegeResult, type Subject } from './audit/least-privilege.js';
export { Detector, type DetectorOptions } from './audit/engine.js';
export { loadRuleSet, parseRuleFile, compileRules, RuleFileError, type RuleSet, type RuleSpec } from './audit/rules.js';
export { readAuditSources, type EventHandler } from './audit/reader.js';
export { followLog } from './audit/follow.js';
export { asAuditEvent, type AuditEvent } from './audit/event.js';
export { compareAlerts, type Alert } from './audit/alert.js';
export { AuditReceiver, type ReceiverOptions } from './audit/receiver.js';
export { RampartServer, type ServerOptions } from './server/server.js';

export { VERSION } from './version.js';
