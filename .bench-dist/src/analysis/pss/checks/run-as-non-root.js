import { joinQuote, pluralize } from '../go.js';
import { nameOf, sc } from '../pod.js';
function runAsNonRoot_1_0(pod) {
    // things that explicitly set runAsNonRoot=false
    let badSetters;
    let pointers;
    let podRunAsNonRoot = false;
    const podValue = pod.podSC?.runAsNonRoot;
    if (typeof podValue === 'boolean') {
        if (!podValue) {
            (badSetters ??= []).push('pod');
            (pointers ??= []).push(pod.specField('securityContext', 'runAsNonRoot'));
        }
        else
            podRunAsNonRoot = true;
    }
    let explicitlyBad;
    let implicitlyBad;
    let implicitPointers;
    pod.visit((c, kind, i) => {
        const value = sc(c)?.runAsNonRoot;
        if (typeof value === 'boolean') {
            if (!value) {
                (explicitlyBad ??= []).push(nameOf(c));
                (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsNonRoot'));
            }
        }
        else if (!podRunAsNonRoot) {
            (implicitlyBad ??= []).push(nameOf(c));
            (implicitPointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'runAsNonRoot'));
        }
    });
    if (explicitlyBad)
        (badSetters ??= []).push(`${pluralize('container', 'containers', explicitlyBad.length)} ${joinQuote(explicitlyBad)}`);
    if (badSetters) {
        return { reason: 'runAsNonRoot != true', detail: `${badSetters.join(' and ')} must not set securityContext.runAsNonRoot=false`, pointers: pointers };
    }
    if (implicitlyBad) {
        return {
            reason: 'runAsNonRoot != true',
            detail: `pod or ${pluralize('container', 'containers', implicitlyBad.length)} ${joinQuote(implicitlyBad)} must set securityContext.runAsNonRoot=true`,
            pointers: [pod.specField('securityContext', 'runAsNonRoot'), ...implicitPointers],
        };
    }
    return null;
}
function runAsNonRoot1_35(pod) {
    // See KEP-127: root in a user namespace is not root on the host.
    if (pod.userNamespace)
        return null;
    return runAsNonRoot_1_0(pod);
}
export const runAsNonRoot = {
    id: 'runAsNonRoot',
    level: 'restricted',
    versions: [
        { minimumVersion: 0, check: runAsNonRoot_1_0 },
        { minimumVersion: 35, check: runAsNonRoot1_35 },
    ],
};
//# sourceMappingURL=run-as-non-root.js.map