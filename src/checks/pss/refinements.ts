import type { ContainerView, PodSpecView } from '../../inventory/pod-spec.js';
import type { PssViolation } from '../../analysis/pss/index.js';
import { getAtPointer, joinPointer } from '../../inventory/pointer.js';
import { classifyHostPath, describeMounts, mountsOf, normalizeHostPath, type SensitiveHostPath } from '../../analysis/host-paths.js';
import type { DangerousCapability } from '../../analysis/capabilities.js';
import { capabilityEntries, effectiveSetting, normalizeCapability, quoteNames } from '../../analysis/security-context.js';
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

/** The containers whose field `pointerSuffix` a violation points at. */
function offendingContainers(violation: PssViolation, view: PodSpecView, ...pointerSuffix: string[]): ContainerView[] {
  const pointers = new Set(violation.pointers);
  return view.containers.filter((c) => pointers.has(joinPointer(c.pointer, ...pointerSuffix)));
}

/**
 * runAsNonRoot unset where every offending container runs as a non-zero runAsUser: it is not root
 * today (the kubelet runs the process as that UID whatever the image says), so the gap is only the
 * safety net against a later edit that drops the UID. Explicit runAsNonRoot: false keeps its severity.
 */
export function runAsNonRootRefinement(violation: PssViolation, view: PodSpecView): Refinement {
  if (violation.detail.includes('must not set')) return {};
  const containers = offendingContainers(violation, view, 'securityContext', 'runAsNonRoot');
  if (containers.length === 0) return {};
  const uids = containers.map((c) => ({ c, uid: effectiveSetting(view, c, 'runAsUser') }));
  if (!uids.every(({ uid }) => typeof uid.value === 'number' && Number.isInteger(uid.value) && uid.value > 0)) return {};
  const described = uids.map(({ c, uid }) => `"${c.name}" runs as UID ${uid.value} (runAsUser on the ${uid.from === 'container' ? 'container' : 'pod'})`).join(', ');
  return {
    severity: 'low',
    explanation:
      `It does not run as root today: ${described}; ` +
      'runAsNonRoot: true makes the kubelet refuse to start it as root if that UID is ever removed',
    evidence: { runAsUser: Object.fromEntries(uids.map(({ c, uid }) => [c.name, uid.value])) },
  };
}

/**
 * drop: ["all"] in another case: container runtimes (containerd, CRI-O) compare capability names
 * case-insensitively and drop everything, but Pod Security admission compares them exactly
 * (`c == "ALL"` in check_capabilities_restricted.go), so the pod is rejected where restricted is
 * enforced although it runs without capabilities.
 */
export function capabilitiesRestrictedRefinement(violation: PssViolation, view: PodSpecView): Refinement {
  const missing = offendingContainers(violation, view, 'securityContext', 'capabilities', 'drop');
  const miscased = missing.filter((c) => capabilityEntries(c, 'drop').some((e) => e.name === 'ALL'));
  if (miscased.length === 0) return {};
  const spelled = [...new Set(miscased.flatMap((c) => capabilityEntries(c, 'drop').filter((e) => e.name === 'ALL' && e.raw !== 'ALL').map((e) => JSON.stringify(e.raw))))];
  const onlyCase = miscased.length === missing.length && !violation.detail.includes('must not include');
  return {
    severity: onlyCase ? 'low' : undefined,
    explanation:
      `${miscased.length === 1 ? 'container' : 'containers'} ${quoteNames(miscased.map((c) => c.name))} ${miscased.length === 1 ? 'drops' : 'drop'} ${spelled.join(', ')}: ` +
      'the container runtime reads that as ALL and drops every capability, but Pod Security admission compares the name exactly, ' +
      'so the pod is rejected wherever restricted is enforced; write "ALL"',
    evidence: { dropSpelled: spelled.map((s) => JSON.parse(s) as string) },
  };
}
