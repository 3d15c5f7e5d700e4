import { joinPointer } from '../inventory/pointer.js';
/**
 * A container's effective security setting: "the value specified in SecurityContext takes
 * precedence" over PodSecurityContext (core/v1 API docs for each shared field).
 */
export function effectiveSetting(pod, c, field) {
    const own = c.container.securityContext?.[field];
    if (own !== undefined && own !== null)
        return { value: own, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'container' };
    const podValue = pod.spec.securityContext?.[field];
    if (podValue !== undefined && podValue !== null)
        return { value: podValue, pointer: joinPointer(pod.pointer, 'securityContext', field), from: 'pod' };
    return { value: undefined, pointer: joinPointer(c.pointer, 'securityContext', field), from: 'unset' };
}
/** Containers named in Kubernetes' style: `"app", "sidecar"`. */
export function quoteNames(names) {
    return names.map((n) => `"${n}"`).join(', ');
}
/** "container", "init container" or "ephemeral container" plus its name, for messages. */
export function describeContainer(c) {
    const kind = c.kind === 'containers' ? 'container' : c.kind === 'initContainers' ? 'init container' : 'ephemeral container';
    return `${kind} "${c.name}"`;
}
/**
 * A capability name as container runtimes read it: any case, with or without the `CAP_` prefix
 * (`sys_admin`, `CAP_SYS_ADMIN` and `SYS_ADMIN` are one capability). Non-strings give undefined.
 */
export function normalizeCapability(name) {
    if (typeof name !== 'string')
        return undefined;
    const upper = name.trim().toUpperCase();
    return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}
/** A container's `capabilities.add` or `capabilities.drop`, normalized, with a pointer to each entry. */
export function capabilityEntries(c, list) {
    const values = c.container.securityContext?.capabilities?.[list];
    if (!Array.isArray(values))
        return [];
    const out = [];
    values.forEach((raw, i) => {
        const name = normalizeCapability(raw);
        if (name)
            out.push({ name, raw: raw, pointer: joinPointer(c.pointer, 'securityContext', 'capabilities', list, i) });
    });
    return out;
}
/**
 * Pods with `spec.os.name: windows`: the API rejects Linux-only security fields on them
 * (capabilities, seccomp, readOnlyRootFilesystem, allowPrivilegeEscalation...), and the Pod Security
 * Standards exempt them from those controls, so Linux-only checks skip them.
 */
export function isWindowsPod(pod) {
    return pod.spec.os?.name === 'windows';
}
/**
 * The service account a pod runs as. `serviceAccount` is the deprecated alias of
 * `serviceAccountName`; the API server copies one into the other, the newer field winning.
 */
export function podServiceAccount(pod) {
    const { serviceAccountName, serviceAccount } = pod.spec;
    if (typeof serviceAccountName === 'string' && serviceAccountName !== '')
        return { name: serviceAccountName, from: 'serviceAccountName', pointer: joinPointer(pod.pointer, 'serviceAccountName') };
    if (typeof serviceAccount === 'string' && serviceAccount !== '')
        return { name: serviceAccount, from: 'serviceAccount', pointer: joinPointer(pod.pointer, 'serviceAccount') };
    return { name: 'default', from: 'default', pointer: joinPointer(pod.pointer, 'serviceAccountName') };
}
/**
 * How a boolean field reads in a message: "is false", "is not set (defaults to true)", or, for
 * input the API server would reject (`"true"` in JSON), what it holds instead.
 */
export function describeBoolean(value, defaultsTo) {
    if (value === undefined || value === null)
        return `is not set (defaults to ${defaultsTo})`;
    if (typeof value === 'boolean')
        return `is ${value}`;
    return `is ${JSON.stringify(value)}, a ${typeof value}, not a boolean`;
}
//# sourceMappingURL=security-context.js.map