import { joinQuote, pluralize } from '../go.js';
import { arr, isRec, str } from '../pod.js';
function hostPathVolumes_1_0(pod) {
    let names;
    let pointers;
    const volumes = arr(pod.spec.volumes);
    for (let i = 0; i < volumes.length; i++) {
        const v = volumes[i];
        if (isRec(v) && isRec(v.hostPath)) {
            (names ??= []).push(str(v.name));
            (pointers ??= []).push(pod.specField('volumes', i, 'hostPath'));
        }
    }
    if (!names)
        return null;
    return { reason: 'hostPath volumes', detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`, pointers: pointers };
}
export const hostPathVolumes = {
    id: 'hostPathVolumes',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: hostPathVolumes_1_0 }],
};
//# sourceMappingURL=host-path-volumes.js.map