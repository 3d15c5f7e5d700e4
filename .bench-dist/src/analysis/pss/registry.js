import { compareGo } from './go.js';
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
export const DEFAULT_CHECKS = [
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
export function buildRegistry(checks) {
    validate(checks);
    let maxMinor = 0;
    for (const c of checks)
        maxMinor = Math.max(maxMinor, c.versions[c.versions.length - 1].minimumVersion);
    const baselineIds = checks.filter((c) => c.level === 'baseline').map((c) => c.id).sort(compareGo);
    const restrictedIds = checks.filter((c) => c.level === 'restricted').map((c) => c.id).sort(compareGo);
    const byId = new Map(checks.map((c) => [c.id, c]));
    const at = (id, minor) => {
        const versions = byId.get(id).versions;
        let found;
        for (const v of versions)
            if (v.minimumVersion <= minor)
                found = v;
        return found;
    };
    const baseline = [];
    const restricted = [];
    for (let minor = 0; minor <= maxMinor; minor++) {
        const overrides = new Set();
        const restrictedHere = [];
        for (const id of restrictedIds) {
            const v = at(id, minor);
            if (!v)
                continue;
            for (const o of v.overrides ?? [])
                overrides.add(o);
            restrictedHere.push({ id, fn: v.check });
        }
        const baselineHere = [];
        for (const id of baselineIds) {
            const v = at(id, minor);
            if (v)
                baselineHere.push({ id, fn: v.check });
        }
        baseline.push(baselineHere);
        restricted.push([...baselineHere.filter((c) => !overrides.has(c.id)), ...restrictedHere]);
    }
    return { maxMinor, baseline, restricted };
}
/** `validateChecks`: unique ids, strictly increasing versions, overrides only of baseline checks. */
function validate(checks) {
    const levels = new Map();
    for (const c of checks) {
        if (levels.has(c.id))
            throw new Error(`multiple checks registered for ID ${c.id}`);
        levels.set(c.id, c.level);
        if (c.versions.length === 0)
            throw new Error(`check ${c.id}: empty`);
        let last = -1;
        for (const v of c.versions) {
            if (!(v.minimumVersion > last))
                throw new Error(`check ${c.id}: versions must be strictly increasing`);
            last = v.minimumVersion;
        }
    }
    for (const c of checks) {
        for (const v of c.versions) {
            for (const o of v.overrides ?? []) {
                if (c.level !== 'restricted')
                    throw new Error(`check ${c.id}: only restricted checks may set overrides`);
                if (levels.get(o) !== 'baseline')
                    throw new Error(`check ${c.id}: overrides must reference baseline checks`);
            }
        }
    }
}
let defaultRegistry;
export function registry() {
    return (defaultRegistry ??= buildRegistry(DEFAULT_CHECKS));
}
//# sourceMappingURL=registry.js.map