import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc } from '../pod.js';
function privileged_1_0(pod) {
    let bad;
    let pointers;
    pod.visit((c, kind, i) => {
        if (sc(c)?.privileged === true) {
            (bad ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'privileged'));
        }
    });
    if (!bad)
        return null;
    return {
        reason: 'privileged',
        detail: `${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true`,
        pointers: pointers,
    };
}
export const privileged = {
    id: 'privileged',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: privileged_1_0 }],
};
//# sourceMappingURL=privileged.js.map