import { joinQuote, pluralize, sortedSet } from '../go.js';
import { arr, nameOf, rec, sc } from '../pod.js';
const CAPABILITIES_ALLOWED_1_0 = new Set([
    'AUDIT_WRITE',
    'CHOWN',
    'DAC_OVERRIDE',
    'FOWNER',
    'FSETID',
    'KILL',
    'MKNOD',
    'NET_BIND_SERVICE',
    'SETFCAP',
    'SETGID',
    'SETPCAP',
    'SETUID',
    'SYS_CHROOT',
]);
function capabilitiesBaseline_1_0(pod) {
    let badContainers;
    let nonDefault;
    let pointers;
    pod.visit((c, kind, i) => {
        const caps = rec(sc(c)?.capabilities);
        if (!caps)
            return;
        const add = arr(caps.add);
        let valid = true;
        for (let j = 0; j < add.length; j++) {
            const cap = String(add[j]);
            if (!CAPABILITIES_ALLOWED_1_0.has(cap)) {
                valid = false;
                (nonDefault ??= []).push(cap);
                (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'capabilities', 'add', String(j)));
            }
        }
        if (!valid)
            (badContainers ??= []).push(nameOf(c));
    });
    if (!badContainers)
        return null;
    return {
        reason: 'non-default capabilities',
        detail: `${pluralize('container', 'containers', badContainers.length)} ${joinQuote(badContainers)} must not include ${joinQuote(sortedSet(nonDefault))} in securityContext.capabilities.add`,
        pointers: pointers,
    };
}
export const capabilitiesBaseline = {
    id: 'capabilities_baseline',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: capabilitiesBaseline_1_0 }],
};
//# sourceMappingURL=capabilities-baseline.js.map