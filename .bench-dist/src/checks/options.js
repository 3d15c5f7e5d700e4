/** Builders that keep the value's type, so `ctx.options.minId` is a number. */
export const option = {
    integer(defaultValue, description, bounds = {}) {
        return { description, default: defaultValue, schema: { type: 'integer', ...bounds } };
    },
    boolean(defaultValue, description) {
        return { description, default: defaultValue, schema: { type: 'boolean' } };
    },
    string(defaultValue, description, choices) {
        return { description, default: defaultValue, schema: choices ? { type: 'string', enum: choices } : { type: 'string' } };
    },
    strings(defaultValue, description) {
        return { description, default: defaultValue, schema: { type: 'array', items: { type: 'string' } } };
    },
    /** A list of records (a table), each validated by `itemSchema`. */
    table(defaultValue, description, itemSchema) {
        return { description, default: defaultValue, schema: { type: 'array', items: itemSchema } };
    },
    /** A map from name to record, each value validated by `valueSchema`. */
    map(defaultValue, description, valueSchema) {
        return { description, default: defaultValue, schema: { type: 'object', additionalProperties: valueSchema } };
    },
};
/** Defaults overlaid with the user's values (already validated against each option's schema). */
export function resolveOptions(specs, overrides) {
    const values = {};
    for (const [name, spec] of Object.entries(specs ?? {}))
        values[name] = overrides && name in overrides ? overrides[name] : spec.default;
    return values;
}
//# sourceMappingURL=options.js.map