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
export { readInputs, loadInventory, loadText } from './inventory/load.js';
export { Inventory } from './inventory/inventory.js';
export { InventoryObject, refToString } from './inventory/object.js';
export { POD_BEARING_KINDS } from './inventory/pod-spec.js';
export { InputError, UsageError, formatDiagnostic } from './inventory/diagnostics.js';
// findings and checks
export { scan, selectChecks, SCHEMA_VERSION } from './scan.js';
export { SEVERITIES, AREAS, KCSA_DOMAINS, fingerprint } from './findings/finding.js';
export { defineCheck } from './checks/check.js';
export { ALL_CHECKS, findCheck } from './checks/registry.js';
export { DEFAULT_CONFIG } from './config.js';
// analyses
export { evaluatePod, achievableLevel, isAllowed, namespacePolicy, parseLevel, parseVersion, admissionMessage, PSS_CONTROLS, } from './analysis/pss/index.js';
export { pssResults } from './analysis/pss/report.js';
// reporters
export { renderJson, jsonReport } from './report/json.js';
export { resultDocument } from './report/document.js';
export { writeChunks } from './report/stream.js';
export { renderYaml, yamlReport } from './report/yaml.js';
export { renderSarif } from './report/sarif.js';
export { renderTable } from './report/table.js';
export { VERSION } from './version.js';
//# sourceMappingURL=index.js.map