import { joinQuote, pluralize, sortedSet } from '../go.js';
import { nameOf, rec, str } from '../pod.js';
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['postStart', 'preStop'];
const ACTIONS = ['httpGet', 'tcpSocket'];
function hostProbesAndHostLifecycleV1Dot34(pod) {
    let badContainers;
    let hosts;
    let pointers;
    pod.visit((c, kind, i) => {
        let bad = false;
        const inspect = (handler, path) => {
            if (!handler)
                return;
            for (const action of ACTIONS) {
                const host = str(rec(handler[action])?.host);
                if (host !== '') {
                    bad = true;
                    (hosts ??= []).push(host);
                    (pointers ??= []).push(pod.containerPointer(kind, i, ...path, action, 'host'));
                }
            }
        };
        for (const probe of PROBES)
            inspect(rec(c[probe]), [probe]);
        const lifecycle = rec(c.lifecycle);
        if (lifecycle)
            for (const h of HANDLERS)
                inspect(rec(lifecycle[h]), ['lifecycle', h]);
        if (bad)
            (badContainers ??= []).push(nameOf(c));
    });
    if (!badContainers)
        return null;
    const containers = sortedSet(badContainers);
    const forbidden = sortedSet(hosts);
    return {
        reason: 'probe or lifecycle host',
        detail: `${pluralize('container', 'containers', containers.length)} ${joinQuote(containers)} ${pluralize('uses', 'use', containers.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', forbidden.length)} ${joinQuote(forbidden)}`,
        pointers: pointers,
    };
}
export const hostProbesAndHostLifecycle = {
    id: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    versions: [{ minimumVersion: 34, check: hostProbesAndHostLifecycleV1Dot34 }],
};
//# sourceMappingURL=host-probes-and-host-lifecycle.js.map