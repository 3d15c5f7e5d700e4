import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc } from '../pod.js';
function runAsUser_1_23(pod) {
    let badSetters;
    let pointers;
    if (pod.podSC?.runAsUser === 0) {
        (badSetters ??= []).push('pod');
        (pointers ??= []).push(pod.specField('securityContext', 'runAsUser'));
    }
    let bad;
    pod.visit((c, kind, i) => {
        if (sc(c)?.runAsUser === 0) {
            (bad ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsUser'));
        }
    });
    if (bad)
        (badSetters ??= []).push(`${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)}`);
    if (!badSetters)
        return null;
    return { reason: 'runAsUser=0', detail: `${badSetters.join(' and ')} must not set runAsUser=0`, pointers: pointers };
}
function runAsUser1_35(pod) {
    if (pod.userNamespace)
        return null;
    return runAsUser_1_23(pod);
}
export const runAsUser = {
    id: 'runAsUser',
    level: 'restricted',
    versions: [
        { minimumVersion: 23, check: runAsUser_1_23 },
        { minimumVersion: 35, check: runAsUser1_35 },
    ],
};
//# sourceMappingURL=run-as-user.js.map