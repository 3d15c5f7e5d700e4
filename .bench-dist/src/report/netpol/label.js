/** How a person reads an endpoint: `Kind/namespace/name`, or the CIDR (or range) with its names. */
export function endpointLabel(e, withNames = true) {
    if (e.type === 'workload')
        return `${e.workload.kind}/${e.workload.namespace}/${e.workload.name}`;
    const r = e.range;
    const where = r.cidrs.length === 1 ? r.cidrs[0] : r.ipRange;
    return withNames && r.names.length > 0 ? `${where} (${r.names.join(', ')})` : where;
}
//# sourceMappingURL=label.js.map