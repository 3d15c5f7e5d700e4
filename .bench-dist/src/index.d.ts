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
export { readInputs, loadInventory, loadText, type LoadInput } from './inventory/load.js';
export { Inventory } from './inventory/inventory.js';
export { InventoryObject, refToString, type ResourceRef } from './inventory/object.js';
export { POD_BEARING_KINDS, type PodSpecView, type ContainerView } from './inventory/pod-spec.js';
export type { Location } from './inventory/source.js';
export { InputError, UsageError, formatDiagnostic, type Diagnostic, type DiagnosticCode } from './inventory/diagnostics.js';
export type { KubernetesObject, ObjectMeta, PodSpec, Container } from './k8s/types.js';
export { scan, selectChecks, SCHEMA_VERSION, type ScanOptions, type ScanResult, type ScanSummary } from './scan.js';
export { SEVERITIES, AREAS, KCSA_DOMAINS, fingerprint, type Finding, type Severity, type Area, type References } from './findings/finding.js';
export { defineCheck, type Check, type CheckMeta, type CheckContext, type Report } from './checks/check.js';
export { ALL_CHECKS, findCheck } from './checks/registry.js';
export { DEFAULT_CONFIG, type ScanConfig } from './config.js';
export { evaluatePod, achievableLevel, isAllowed, namespacePolicy, parseLevel, parseVersion, admissionMessage, PSS_CONTROLS, type PssLevel, type PssVersion, type PssViolation, type NamespacePolicy, } from './analysis/pss/index.js';
export { pssResults, type PssReport, type PssResult, type PssNamespaceSummary } from './analysis/pss/report.js';
export { renderJson, jsonReport } from './report/json.js';
export { resultDocument } from './report/document.js';
export { writeChunks, type Chunks } from './report/stream.js';
export { renderYaml, yamlReport } from './report/yaml.js';
export { renderSarif } from './report/sarif.js';
export { renderTable } from './report/table.js';
export { VERSION } from './version.js';
