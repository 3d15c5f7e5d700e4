/** Keeps the options' types: `ctx.options` is typed from `meta.options`. */
export function defineCheck(check) {
    return check;
}
/** Fingerprint key for a container field: stable when containers are reordered. */
export function containerKey(c, field = '') {
    return `${c.kind}[${c.name}]${field}`;
}
//# sourceMappingURL=check.js.map