import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, sc } from '../pod.js';
function procMount_1_0(pod) {
    let bad;
    let types;
    let pointers;
    pod.visit((c, kind, i) => {
        const s = sc(c);
        if (!s)
            return; // nil securityContext
        const procMount = s.procMount;
        if (procMount === undefined || procMount === null)
            return; // unset
        if (procMount !== 'Default') {
            (bad ??= []).push(nameOf(c));
            (types ??= []).push(String(procMount));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'procMount'));
        }
    });
    if (!bad)
        return null;
    return {
        reason: 'procMount',
        detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
        pointers: pointers,
    };
}
function procMount1_35baseline(pod) {
    // KEP-127: /proc of a pod in its own user namespace does not expose the host's.
    if (pod.userNamespace)
        return null;
    return procMount_1_0(pod);
}
export const procMount = {
    id: 'procMount',
    level: 'baseline',
    versions: [
        { minimumVersion: 0, check: procMount_1_0 },
        { minimumVersion: 35, check: procMount1_35baseline },
    ],
};
export const procMountRestricted = {
    id: 'procMount_restricted',
    level: 'restricted',
    versions: [{ minimumVersion: 35, check: procMount_1_0, overrides: ['procMount'] }],
};
//# sourceMappingURL=proc-mount.js.map