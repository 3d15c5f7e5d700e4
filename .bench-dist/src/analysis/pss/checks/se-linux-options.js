import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, sc, str } from '../pod.js';
const SELINUX_ALLOWED_TYPES_1_0 = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const SELINUX_ALLOWED_TYPES_1_31 = new Set([...SELINUX_ALLOWED_TYPES_1_0, 'container_engine_t']);
function seLinuxOptions(pod, allowedTypes) {
    let badSetters;
    let badTypes;
    let setUser = false;
    let setRole = false;
    let pointers;
    const valid = (opts, at) => {
        let ok = true;
        const type = str(opts.type);
        if (!allowedTypes.has(type)) {
            ok = false;
            (badTypes ??= []).push(type);
            (pointers ??= []).push(at('type'));
        }
        if (str(opts.user).length > 0) {
            ok = false;
            setUser = true;
            (pointers ??= []).push(at('user'));
        }
        if (str(opts.role).length > 0) {
            ok = false;
            setRole = true;
            (pointers ??= []).push(at('role'));
        }
        return ok;
    };
    const podOpts = rec(pod.podSC?.seLinuxOptions);
    if (podOpts && !valid(podOpts, (f) => pod.specField('securityContext', 'seLinuxOptions', f)))
        (badSetters ??= []).push('pod');
    let badContainers;
    pod.visit((c, kind, i) => {
        const opts = rec(sc(c)?.seLinuxOptions);
        if (opts && !valid(opts, (f) => pod.containerPointer(kind, i, 'securityContext', 'seLinuxOptions', f)))
            (badContainers ??= []).push(nameOf(c));
    });
    if (badContainers)
        (badSetters ??= []).push(`${pluralize('container', 'containers', badContainers.length)} ${joinQuote(badContainers)}`);
    if (!badSetters)
        return null;
    const badData = [];
    if (badTypes) {
        const types = sortedSet(badTypes);
        badData.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    }
    if (setUser)
        badData.push('user may not be set');
    if (setRole)
        badData.push('role may not be set');
    return {
        reason: 'seLinuxOptions',
        detail: `${badSetters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${badData.join('; ')}`,
        pointers: pointers,
    };
}
export const seLinuxOptionsCheck = {
    id: 'seLinuxOptions',
    level: 'baseline',
    versions: [
        { minimumVersion: 0, check: (pod) => seLinuxOptions(pod, SELINUX_ALLOWED_TYPES_1_0) },
        { minimumVersion: 31, check: (pod) => seLinuxOptions(pod, SELINUX_ALLOWED_TYPES_1_31) },
    ],
};
//# sourceMappingURL=se-linux-options.js.map