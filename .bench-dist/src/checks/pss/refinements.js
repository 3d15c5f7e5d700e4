import { getAtPointer } from '../../inventory/pointer.js';
import { classifyHostPath, describeMounts, mountsOf, normalizeHostPath } from '../../analysis/host-paths.js';
import { normalizeCapability } from '../../analysis/security-context.js';
import { severityRank } from '../../findings/finding.js';
import { isRecord } from '../../k8s/types.js';
function worst(a, b) {
    return a === undefined || severityRank(b) > severityRank(a) ? b : a;
}
/** The volumes a violation points at (its pointers name `…/volumes/<i>`). */
function offendingVolumes(violation, view) {
    const out = [];
    for (const p of violation.pointers) {
        const m = /\/volumes\/(\d+)/.exec(p);
        const v = m ? view.spec.volumes?.[Number(m[1])] : undefined;
        if (isRecord(v))
            out.push(v);
    }
    return out;
}
/** hostPath: the severity and words of the most dangerous path (runtime sockets, /, /etc...), and who mounts it how. */
export function hostPathVolumesRefinement(violation, view, options) {
    let severity;
    const parts = [];
    for (const volume of offendingVolumes(violation, view)) {
        const path = typeof volume.hostPath?.path === 'string' ? volume.hostPath.path : '';
        const match = path ? classifyHostPath(path, options.sensitiveHostPaths) : undefined;
        if (match)
            severity = worst(severity, match.entry.severity);
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
export function capabilitiesBaselineRefinement(violation, view, options) {
    let severity;
    const risks = [];
    for (const p of violation.pointers) {
        const name = normalizeCapability(getAtPointer(view.owner.object, p));
        const danger = name ? options.dangerousCapabilities[name] : undefined;
        if (!name || !danger)
            continue;
        severity = worst(severity, danger.severity);
        if (!risks.some((r) => r.startsWith(`${name}:`)))
            risks.push(`${name}: ${danger.risk}`);
    }
    return { severity, explanation: risks.join('; ') };
}
/** hostPath volumes are pss.host-path-volumes' to report; only other restricted types are news here. */
export function restrictedVolumesRefinement(violation, view) {
    const volumes = offendingVolumes(violation, view);
    return volumes.length > 0 && volumes.every((v) => isRecord(v.hostPath)) ? 'skip' : {};
}
//# sourceMappingURL=refinements.js.map