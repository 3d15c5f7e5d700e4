import type { PodSpecView } from '../../inventory/pod-spec.js';
import type { PssViolation } from '../../analysis/pss/index.js';
import { getAtPointer } from '../../inventory/pointer.js';
import { classifyHostPath, describeMounts, mountsOf, normalizeHostPath, type SensitiveHostPath } from '../../analysis/host-paths.js';
import type { DangerousCapability } from '../../analysis/capabilities.js';
import { normalizeCapability } from '../../analysis/security-context.js';
import { severityRank, type Severity } from '../../findings/finding.js';
import { isRecord, type Volume } from '../../k8s/types.js';
import type { Refinement } from './pss-check.js';

function worst(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || severityRank(b) > severityRank(a) ? b : a;
}

/** The volumes a violation points at (its pointers name `…/volumes/<i>`). */
function offendingVolumes(violation: PssViolation, view: PodSpecView): Volume[] {
  const out: Volume[] = [];
  for (const p of violation.pointers) {
    const m = /\/volumes\/(\d+)/.exec(p);
    const v = m ? view.spec.volumes?.[Number(m[1])] : undefined;
    if (isRecord(v)) out.push(v);
  }
  return out;
}

/** hostPath: the severity and words of the most dangerous path (runtime sockets, /, /etc...), and who mounts it how. */
export function hostPathVolumesRefinement(violation: PssViolation, view: PodSpecView, options: { readonly sensitiveHostPaths: readonly SensitiveHostPath[] }): Refinement {
  let severity: Severity | undefined;
  const parts: string[] = [];
  for (const volume of offendingVolumes(violation, view)) {
    const path = typeof volume.hostPath?.path === 'string' ? volume.hostPath.path : '';
    const match = path ? classifyHostPath(path, options.sensitiveHostPaths) : undefined;
    if (match) severity = worst(severity, match.entry.severity);
    const socket = volume.hostPath?.type === 'Socket' || (match?.relation === 'at' && match.entry.socket === true);
    const what = !match
      ? ''
      : match.relation === 'contains'
        ? `, which contains ${match.entry.path} (${match.entry.what})`
        : normalizeHostPath(path) === normalizeHostPath(match.entry.path)
          ? ` (${match.entry.what})`
          : `, under ${match.entry.path} (${match.entry.what})`;
    parts.push(`"${volume.name}" exposes "${path}"${what}, ${describeMounts(mountsOf(view.containers, volume.name), socket)}`);
  }
  return { severity, explanation: parts.join('; '), evidence: { paths: offendingVolumes(violation, view).map((v) => v.hostPath?.path) } };
}

/** Added capabilities: critical for SYS_ADMIN and ALL, with what each one lets an attacker do. */
export function capabilitiesBaselineRefinement(violation: PssViolation, view: PodSpecView, options: { readonly dangerousCapabilities: Readonly<Record<string, DangerousCapability>> }): Refinement {
  let severity: Severity | undefined;
  const risks: string[] = [];
  for (const p of violation.pointers) {
    const name = normalizeCapability(getAtPointer(view.owner.object, p));
    const danger = name ? options.dangerousCapabilities[name] : undefined;
    if (!name || !danger) continue;
    severity = worst(severity, danger.severity);
    if (!risks.some((r) => r.startsWith(`${name}:`))) risks.push(`${name}: ${danger.risk}`);
  }
  return { severity, explanation: risks.join('; ') };
}

/** hostPath volumes are pss.host-path-volumes' to report; only other restricted types are news here. */
export function restrictedVolumesRefinement(violation: PssViolation, view: PodSpecView): Refinement | 'skip' {
  const volumes = offendingVolumes(violation, view);
  return volumes.length > 0 && volumes.every((v) => isRecord(v.hostPath)) ? 'skip' : {};
}
