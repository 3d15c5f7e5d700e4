import { joinQuote, pluralize, sortedSet } from '../go.js';
import { arr, nameOf, rec, sc } from '../pod.js';
const CAPABILITY_ALL = 'ALL';
const CAPABILITY_NET_BIND_SERVICE = 'NET_BIND_SERVICE';
function capabilitiesRestricted_1_22(pod) {
    let missingDropAll;
    let addingForbidden;
    let forbiddenCapabilities;
    let pointers;
    pod.visit((c, kind, i) => {
        const caps = rec(sc(c)?.capabilities);
        if (!caps) {
            (missingDropAll ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'capabilities', 'drop'));
            return;
        }
        const drop = arr(caps.drop);
        let droppedAll = false;
        for (let j = 0; j < drop.length; j++) {
            if (drop[j] === CAPABILITY_ALL) {
                droppedAll = true;
                break;
            }
        }
        if (!droppedAll) {
            (missingDropAll ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'capabilities', 'drop'));
        }
        const add = arr(caps.add);
        let addedForbidden = false;
        for (let j = 0; j < add.length; j++) {
            if (add[j] !== CAPABILITY_NET_BIND_SERVICE) {
                addedForbidden = true;
                (forbiddenCapabilities ??= []).push(String(add[j]));
                (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'capabilities', 'add', String(j)));
            }
        }
        if (addedForbidden)
            (addingForbidden ??= []).push(nameOf(c));
    });
    const details = [];
    if (missingDropAll) {
        details.push(`${pluralize('container', 'containers', missingDropAll.length)} ${joinQuote(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
    }
    if (addingForbidden) {
        details.push(`${pluralize('container', 'containers', addingForbidden.length)} ${joinQuote(addingForbidden)} must not include ${joinQuote(sortedSet(forbiddenCapabilities))} in securityContext.capabilities.add`);
    }
    if (details.length === 0)
        return null;
    return { reason: 'unrestricted capabilities', detail: details.join('; '), pointers: pointers };
}
function capabilitiesRestricted_1_25(pod) {
    // Pod API validation rejects capabilities on Windows pods, so Windows pods are admitted without them.
    if (pod.isWindows)
        return null;
    return capabilitiesRestricted_1_22(pod);
}
export const capabilitiesRestricted = {
    id: 'capabilities_restricted',
    level: 'restricted',
    versions: [
        { minimumVersion: 22, check: capabilitiesRestricted_1_22, overrides: ['capabilities_baseline'] },
        { minimumVersion: 25, check: capabilitiesRestricted_1_25, overrides: ['capabilities_baseline'] },
    ],
};
//# sourceMappingURL=capabilities-restricted.js.map