import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc } from '../pod.js';
function allowPrivilegeEscalation_1_8(pod) {
    let bad;
    let pointers;
    pod.visit((c, kind, i) => {
        const s = sc(c);
        // nil securityContext, nil field, or true
        if (s === undefined || s.allowPrivilegeEscalation !== false) {
            (bad ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'allowPrivilegeEscalation'));
        }
    });
    if (!bad)
        return null;
    return {
        reason: 'allowPrivilegeEscalation != false',
        detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false`,
        pointers: pointers,
    };
}
function allowPrivilegeEscalation_1_25(pod) {
    // Pod API validation rejects the field on Windows pods, so Windows pods are admitted without it.
    if (pod.isWindows)
        return null;
    return allowPrivilegeEscalation_1_8(pod);
}
export const allowPrivilegeEscalation = {
    id: 'allowPrivilegeEscalation',
    level: 'restricted',
    versions: [
        { minimumVersion: 8, check: allowPrivilegeEscalation_1_8 },
        { minimumVersion: 25, check: allowPrivilegeEscalation_1_25 },
    ],
};
//# sourceMappingURL=allow-privilege-escalation.js.map