import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, sc, str } from '../pod.js';
import { validSeccomp } from './seccomp-profile-baseline.js';
function seccompProfileRestricted_1_19(pod) {
    let badSetters;
    let badValues;
    let pointers;
    let podSeccompSet = false;
    const podProfile = rec(pod.podSC?.seccompProfile);
    if (podProfile) {
        const type = str(podProfile.type);
        if (!validSeccomp(type)) {
            (badSetters ??= []).push('pod');
            (badValues ??= []).push(type);
            (pointers ??= []).push(pod.specField('securityContext', 'seccompProfile', 'type'));
        }
        else
            podSeccompSet = true;
    }
    let explicitlyBad;
    let implicitlyBad;
    let implicitPointers;
    pod.visit((c, kind, i) => {
        const profile = rec(sc(c)?.seccompProfile);
        if (profile) {
            const type = str(profile.type);
            if (!validSeccomp(type)) {
                (explicitlyBad ??= []).push(nameOf(c));
                (badValues ??= []).push(type);
                (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'seccompProfile', 'type'));
            }
        }
        else if (!podSeccompSet) {
            (implicitlyBad ??= []).push(nameOf(c));
            (implicitPointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'seccompProfile'));
        }
    });
    if (explicitlyBad)
        (badSetters ??= []).push(`${pluralize('container', 'containers', explicitlyBad.length)} ${joinQuote(explicitlyBad)}`);
    if (badSetters) {
        return {
            reason: 'seccompProfile',
            detail: `${badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`,
            pointers: pointers,
        };
    }
    if (implicitlyBad) {
        return {
            reason: 'seccompProfile',
            detail: `pod or ${pluralize('container', 'containers', implicitlyBad.length)} ${joinQuote(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
            pointers: [pod.specField('securityContext', 'seccompProfile'), ...implicitPointers],
        };
    }
    return null;
}
function seccompProfileRestricted_1_25(pod) {
    // Seccomp is Linux-only; Pod API validation rejects it on Windows pods.
    if (pod.isWindows)
        return null;
    return seccompProfileRestricted_1_19(pod);
}
export const seccompProfileRestricted = {
    id: 'seccompProfile_restricted',
    level: 'restricted',
    versions: [
        { minimumVersion: 19, check: seccompProfileRestricted_1_19, overrides: ['seccompProfile_baseline'] },
        { minimumVersion: 25, check: seccompProfileRestricted_1_25, overrides: ['seccompProfile_baseline'] },
    ],
};
//# sourceMappingURL=seccomp-profile-restricted.js.map