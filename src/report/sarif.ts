import { sep } from 'node:path';
import type { ScanResult } from '../scan.js';
import type { Severity } from '../findings/finding.js';
import { ALL_CHECKS } from '../checks/registry.js';
import type { Check } from '../checks/check.js';
import { VERSION } from '../version.js';
import type { Log, Location as SarifLocation } from 'sarif';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning orders security alerts by this 0–10 score. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

/** SARIF 2.1.0, with file/line regions so code-scanning UIs show the exact line. */
export function renderSarif(result: ScanResult, registry: readonly Check[] = ALL_CHECKS): string {
  const used = new Set(result.findings.map((f) => f.checkId));
  const rules = registry.filter((c) => used.has(c.meta.id));
  const ruleIndex = new Map(rules.map((c, i) => [c.meta.id, i]));
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Rampart',
            version: VERSION,
            informationUri: 'https://github.com/rampart-dev/rampart',
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              name: meta.id,
              shortDescription: { text: meta.title },
              fullDescription: { text: meta.rationale },
              help: { text: meta.remediation, markdown: `${meta.rationale}\n\n**Remediation**\n\n${meta.remediation}` },
              helpUri: meta.references.docs?.[0],
              defaultConfiguration: { level: LEVEL[meta.severity] },
              properties: {
                tags: ['security', meta.area, ...(meta.references.cis ?? []).map((id) => `CIS-${id}`), ...(meta.references.mitre ?? [])],
                'security-severity': SECURITY_SEVERITY[meta.severity],
              },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: !result.diagnostics.some((d) => d.severity === 'error'),
            toolExecutionNotifications: result.diagnostics.map((d) => ({
              level: d.severity === 'error' ? 'error' : 'warning',
              message: { text: d.message },
              descriptor: { id: d.code },
              locations: [physical(d.file, d.line, d.column)],
            })),
          },
        ],
        results: result.findings.map((f) => ({
          ruleId: f.checkId,
          ruleIndex: ruleIndex.get(f.checkId),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: f.location
            ? [
                {
                  ...physical(f.location.file, f.location.line, f.location.column),
                  logicalLocations: [{ fullyQualifiedName: logicalName(f.resource), kind: 'resource' }],
                },
              ]
            : [],
          partialFingerprints: { 'rampartFingerprint/v1': f.fingerprint },
          properties: { severity: f.severity, resource: f.resource, 'security-severity': SECURITY_SEVERITY[f.severity] },
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function physical(file: string, line?: number, column?: number): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split(sep).join('/') },
      ...(line !== undefined ? { region: { startLine: line, ...(column !== undefined ? { startColumn: column } : {}) } } : {}),
    },
  };
}

function logicalName(r: { kind: string; namespace?: string; name: string }): string {
  return r.namespace ? `${r.namespace}/${r.kind}/${r.name}` : `${r.kind}/${r.name}`;
}
