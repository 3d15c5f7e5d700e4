function hostNamespaces_1_0(pod) {
    const spec = pod.spec;
    // sets.NewString(...).List(): sorted, so hostIPC, hostNetwork, hostPID
    let names;
    if (spec.hostIPC === true)
        (names ??= []).push('hostIPC');
    if (spec.hostNetwork === true)
        (names ??= []).push('hostNetwork');
    if (spec.hostPID === true)
        (names ??= []).push('hostPID');
    if (!names)
        return null;
    return { reason: 'host namespaces', detail: names.join(', '), pointers: names.map((n) => pod.specField(n)) };
}
export const hostNamespaces = {
    id: 'hostNamespaces',
    level: 'baseline',
    versions: [{ minimumVersion: 0, check: hostNamespaces_1_0 }],
};
//# sourceMappingURL=host-namespaces.js.map