/**
 * The check registry, with the semantics of staging/src/k8s.io/pod-security-admission/policy/registry.go
 * (kubernetes/kubernetes):
 *
 * - each control has versioned implementations; at policy version V a control uses the newest
 *   implementation whose minimum version is <= V, and is absent below its first minimum version;
 * - `latest`, and any version newer than the newest minimum version registered (maxVersion), is
 *   evaluated as maxVersion;
 * - restricted runs the baseline checks, minus those a restricted implementation at that version
 *   overrides (OverrideCheckIDs), plus the restricted checks;
 * - results come in check id order (Go string order), baseline checks first, as `populate` sorts
 *   them "to maintain consistent error messages".
 *
 * The per-(level, version) lists are built once, on first use.
 */
import type { CheckDefinition } from './check.js';
import { compareGo } from './go.js';
import type { CheckFn } from './pod.js';
import { allowPrivilegeEscalation } from './checks/allow-privilege-escalation.js';
import { appArmorProfile } from './checks/app-armor-profile.js';
import { capabilitiesBaseline } from './checks/capabilities-baseline.js';
import { capabilitiesRestricted } from './checks/capabilities-restricted.js';
import { hostNamespaces } from './checks/host-namespaces.js';
import { hostPathVolumes } from './checks/host-path-volumes.js';
import { hostPorts } from './checks/host-ports.js';
import { hostProbesAndHostLifecycle } from './checks/host-probes-and-host-lifecycle.js';
import { privileged } from './checks/privileged.js';
import { procMount, procMountRestricted } from './checks/proc-mount.js';
import { restrictedVolumes } from './checks/restricted-volumes.js';
import { runAsNonRoot } from './checks/run-as-non-root.js';
import { runAsUser } from './checks/run-as-user.js';
import { seLinuxOptionsCheck } from './checks/se-linux-options.js';
import { seccompProfileBaseline } from './checks/seccomp-profile-baseline.js';
import { seccompProfileRestricted } from './checks/seccomp-profile-restricted.js';
import { sysctls } from './checks/sysctls.js';
import { windowsHostProcess } from './checks/windows-host-process.js';

/** Every control Kubernetes registers by default (`policy.DefaultChecks()`). */
export const DEFAULT_CHECKS: readonly CheckDefinition[] = [
  allowPrivilegeEscalation,
  appArmorProfile,
  capabilitiesBaseline,
  capabilitiesRestricted,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seLinuxOptionsCheck,
  seccompProfileBaseline,
  seccompProfileRestricted,
  sysctls,
  windowsHostProcess,
];

export interface RegisteredCheck {
  readonly id: string;
  readonly fn: CheckFn;
}

export interface Registry {
  /** The newest minimum version of any check: what `latest` means. */
  readonly maxMinor: number;
  /** Indexed by minor version 0..maxMinor. */
  readonly baseline: readonly (readonly RegisteredCheck[])[];
  readonly restricted: readonly (readonly RegisteredCheck[])[];
}

export function buildRegistry(checks: readonly CheckDefinition[]): Registry {
  validate(checks);
  let maxMinor = 0;
  for (const c of checks) maxMinor = Math.max(maxMinor, c.versions[c.versions.length - 1].minimumVersion);

  const baselineIds = checks.filter((c) => c.level === 'baseline').map((c) => c.id).sort(compareGo);
  const restrictedIds = checks.filter((c) => c.level === 'restricted').map((c) => c.id).sort(compareGo);
  const byId = new Map(checks.map((c) => [c.id, c]));

  const at = (id: string, minor: number) => {
    const versions = byId.get(id)!.versions;
    let found: (typeof versions)[number] | undefined;
    for (const v of versions) if (v.minimumVersion <= minor) found = v;
    return found;
  };

  const baseline: RegisteredCheck[][] = [];
  const restricted: RegisteredCheck[][] = [];
  for (let minor = 0; minor <= maxMinor; minor++) {
    const overrides = new Set<string>();
    const restrictedHere: RegisteredCheck[] = [];
    for (const id of restrictedIds) {
      const v = at(id, minor);
      if (!v) continue;
      for (const o of v.overrides ?? []) overrides.add(o);
      restrictedHere.push({ id, fn: v.check });
    }
    const baselineHere: RegisteredCheck[] = [];
    for (const id of baselineIds) {
      const v = at(id, minor);
      if (v) baselineHere.push({ id, fn: v.check });
    }
    baseline.push(baselineHere);
    restricted.push([...baselineHere.filter((c) => !overrides.has(c.id)), ...restrictedHere]);
  }
  return { maxMinor, baseline, restricted };
}

/** `validateChecks`: unique ids, strictly increasing versions, overrides only of baseline checks. */
function validate(checks: readonly CheckDefinition[]): void {
  const levels = new Map<string, string>();
  for (const c of checks) {
    if (levels.has(c.id)) throw new Error(`multiple checks registered for ID ${c.id}`);
    levels.set(c.id, c.level);
    if (c.versions.length === 0) throw new Error(`check ${c.id}: empty`);
    let last = -1;
    for (const v of c.versions) {
      if (!(v.minimumVersion > last)) throw new Error(`check ${c.id}: versions must be strictly increasing`);
      last = v.minimumVersion;
    }
  }
  for (const c of checks) {
    for (const v of c.versions) {
      for (const o of v.overrides ?? []) {
        if (c.level !== 'restricted') throw new Error(`check ${c.id}: only restricted checks may set overrides`);
        if (levels.get(o) !== 'baseline') throw new Error(`check ${c.id}: overrides must reference baseline checks`);
      }
    }
  }
}

let defaultRegistry: Registry | undefined;

export function registry(): Registry {
  return (defaultRegistry ??= buildRegistry(DEFAULT_CHECKS));
}
