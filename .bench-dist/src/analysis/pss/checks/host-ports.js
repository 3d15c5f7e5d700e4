import { joinQuote, pluralize, sortedSet } from '../go.js';
import { arr, isRec, nameOf } from '../pod.js';
function hostPorts_1_0(pod) {
    let badContainers;
    let ports;
    let pointers;
    // The API server defaults hostPort to containerPort for hostNetwork Pods (SetDefaults_Pod,
    // defaultHostNetworkPorts; not for ephemeral containers, and not for pod templates since 1.28),
    // and admission sees the defaulted object.
    const defaulted = pod.barePod && pod.spec.hostNetwork === true;
    pod.visit((c, kind, i) => {
        let valid = true;
        const list = arr(c.ports);
        for (let j = 0; j < list.length; j++) {
            const p = list[j];
            if (!isRec(p))
                continue;
            let hostPort = typeof p.hostPort === 'number' ? p.hostPort : 0;
            let field = 'hostPort';
            if (hostPort === 0 && defaulted && kind !== 'ephemeralContainers' && typeof p.containerPort === 'number') {
                hostPort = p.containerPort;
                field = 'containerPort';
            }
            if (hostPort !== 0) {
                valid = false;
                (ports ??= []).push(String(hostPort));
                (pointers ??= []).push(pod.containerPointer(kind, i, 'ports', String(j), field));
            }
        }
        if (!valid)
            (badContainers ??= []).push(nameOf(c));
    });
    if (!badContainers)
        return null;
    // sets.NewString of the ports as strings: sorted as strings ("10080" before "80"), deduplicated.
    const list = sortedSet(ports);
    return {
        reason: 'hostPort',
        detail: `${pluralize('container', 'containers', badContainers.length)} ${joinQuote(badContainers)} ${pluralize('uses', 'use', badContainers.length)} ${pluralize('hostPort', 'hostPorts', list.length)} ${list.join(', ')}`,
        pointers: pointers,
    };
}
export const hostPorts = {
    id: 'hostPorts',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: hostPorts_1_0 }],
};
//# sourceMappingURL=host-ports.js.map