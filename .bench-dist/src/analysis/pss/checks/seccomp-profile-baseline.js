import { goQuote, joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, sc, str } from '../pod.js';
export const ANNOTATION_KEY_POD = 'seccomp.security.alpha.kubernetes.io/pod';
export const ANNOTATION_KEY_CONTAINER_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';
export function validSeccomp(type) {
    return type === 'Localhost' || type === 'RuntimeDefault';
}
function validSeccompAnnotationValue(v) {
    return typeof v === 'string' && (v === 'runtime/default' || v === 'docker/default' || v.startsWith('localhost/'));
}
function seccompProfileBaseline_1_0(pod) {
    const annotations = pod.annotations;
    if (!annotations)
        return null;
    let forbidden;
    let pointers;
    const inspect = (key) => {
        if (!Object.prototype.hasOwnProperty.call(annotations, key))
            return;
        const val = annotations[key];
        if (!validSeccompAnnotationValue(val)) {
            (forbidden ??= []).push(`${key}=${goQuote(typeof val === 'string' ? val : String(val))}`);
            (pointers ??= []).push(pod.metadataField('annotations', key));
        }
    };
    inspect(ANNOTATION_KEY_POD);
    pod.visit((c) => inspect(ANNOTATION_KEY_CONTAINER_PREFIX + nameOf(c)));
    if (!forbidden)
        return null;
    const list = sortedSet(forbidden);
    return {
        reason: 'seccompProfile',
        detail: `forbidden ${pluralize('annotation', 'annotations', list.length)} ${list.join(', ')}`,
        pointers: [...new Set(pointers)],
    };
}
function seccompProfileBaseline_1_19(pod) {
    let badSetters;
    let badValues;
    let pointers;
    const podProfile = rec(pod.podSC?.seccompProfile);
    if (podProfile) {
        const type = str(podProfile.type);
        if (!validSeccomp(type)) {
            (badSetters ??= []).push('pod');
            (badValues ??= []).push(type);
            (pointers ??= []).push(pod.specField('securityContext', 'seccompProfile', 'type'));
        }
    }
    let explicitlyBad;
    pod.visit((c, kind, i) => {
        const profile = rec(sc(c)?.seccompProfile);
        if (!profile)
            return;
        const type = str(profile.type);
        if (!validSeccomp(type)) {
            (explicitlyBad ??= []).push(nameOf(c));
            (badValues ??= []).push(type);
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'seccompProfile', 'type'));
        }
    });
    if (explicitlyBad)
        (badSetters ??= []).push(`${pluralize('container', 'containers', explicitlyBad.length)} ${joinQuote(explicitlyBad)}`);
    if (!badSetters)
        return null;
    return {
        reason: 'seccompProfile',
        detail: `${badSetters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(badValues))}`,
        pointers: pointers,
    };
}
export const seccompProfileBaseline = {
    id: 'seccompProfile_baseline',
    level: 'baseline',
    versions: [
        { minimumVersion: 0, check: seccompProfileBaseline_1_0 },
        { minimumVersion: 19, check: seccompProfileBaseline_1_19 },
    ],
};
//# sourceMappingURL=seccomp-profile-baseline.js.map