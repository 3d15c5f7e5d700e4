import { joinQuote, pluralize } from '../go.js';
import { nameOf, rec, sc } from '../pod.js';
function windowsHostProcess_1_0(pod) {
    let bad;
    let pointers;
    pod.visit((c, kind, i) => {
        if (rec(sc(c)?.windowsOptions)?.hostProcess === true) {
            (bad ??= []).push(nameOf(c));
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'windowsOptions', 'hostProcess'));
        }
    });
    const podForbidden = rec(pod.podSC?.windowsOptions)?.hostProcess === true;
    if (!podForbidden && !bad)
        return null;
    const setters = [];
    const allPointers = [];
    if (podForbidden) {
        setters.push('pod');
        allPointers.push(pod.specField('securityContext', 'windowsOptions', 'hostProcess'));
    }
    if (bad) {
        setters.push(`${pluralize('container', 'containers', bad.length)} ${joinQuote(bad)}`);
        allPointers.push(...pointers);
    }
    return { reason: 'hostProcess', detail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`, pointers: allPointers };
}
export const windowsHostProcess = {
    id: 'windowsHostProcess',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: windowsHostProcess_1_0 }],
};
//# sourceMappingURL=windows-host-process.js.map