import { compareGo, goQuote, joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, sc, str } from '../pod.js';
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';
function allowedAnnotationValue(profile) {
    return profile.length === 0 || profile === 'runtime/default' || profile.startsWith('localhost/');
}
function allowedProfileType(type) {
    return type === 'RuntimeDefault' || type === 'Localhost';
}
function appArmorProfile_1_0(pod) {
    let badSetters;
    let badValues;
    let pointers;
    const podProfile = rec(pod.podSC?.appArmorProfile);
    if (podProfile) {
        const type = str(podProfile.type);
        if (!allowedProfileType(type)) {
            (badSetters ??= []).push('pod');
            (badValues ??= []).push(type);
            (pointers ??= []).push(pod.specField('securityContext', 'appArmorProfile', 'type'));
        }
    }
    let badContainers;
    pod.visit((c, kind, i) => {
        const profile = rec(sc(c)?.appArmorProfile);
        if (!profile)
            return;
        const type = str(profile.type);
        if (!allowedProfileType(type)) {
            (badContainers ??= []).push(nameOf(c));
            (badValues ??= []).push(type);
            (pointers ??= []).push(pod.containerPointer(kind, i, 'securityContext', 'appArmorProfile', 'type'));
        }
    });
    if (badContainers) {
        (badSetters ??= []).push(`${pluralize('container', 'containers', badContainers.length)} ${joinQuote(badContainers)}`);
    }
    let forbiddenAnnotations;
    const annotations = pod.annotations;
    if (annotations) {
        for (const k of Object.keys(annotations)) {
            if (!k.startsWith(ANNOTATION_PREFIX))
                continue;
            const v = annotations[k];
            if (typeof v !== 'string' || !allowedAnnotationValue(v)) {
                (forbiddenAnnotations ??= []).push(`${k}=${goQuote(typeof v === 'string' ? v : String(v))}`);
                (pointers ??= []).push(pod.metadataField('annotations', k));
            }
        }
    }
    const badValueList = badValues ? sortedSet(badValues) : [];
    if (forbiddenAnnotations) {
        forbiddenAnnotations.sort(compareGo);
        badValueList.push(...forbiddenAnnotations);
        (badSetters ??= []).push(pluralize('annotation', 'annotations', forbiddenAnnotations.length));
    }
    if (!badSetters)
        return null;
    return {
        reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', badValueList.length),
        detail: `${badSetters.join(' and ')} must not set AppArmor profile type to ${joinQuote(badValueList)}`,
        pointers: pointers,
    };
}
export const appArmorProfile = {
    id: 'appArmorProfile',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: appArmorProfile_1_0 }],
};
//# sourceMappingURL=app-armor-profile.js.map