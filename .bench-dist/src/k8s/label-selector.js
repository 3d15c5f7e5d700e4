import { isRecord } from './types.js';
const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
/**
 * Compiles a selector, or says why the API server would reject it (an unknown operator, `In`/`NotIn`
 * without values, `Exists`/`DoesNotExist` with values).
 */
export function compileSelector(raw) {
    if (raw === null || raw === undefined)
        return compiled([]);
    if (!isRecord(raw))
        return { error: 'a label selector must be a mapping' };
    const reqs = [];
    if (raw.matchLabels !== undefined && raw.matchLabels !== null) {
        if (!isRecord(raw.matchLabels))
            return { error: 'matchLabels must be a mapping' };
        for (const [key, value] of Object.entries(raw.matchLabels)) {
            if (typeof value !== 'string')
                return { error: `matchLabels.${key} must be a string` };
            reqs.push({ key, operator: 'In', values: [value] });
        }
    }
    if (raw.matchExpressions !== undefined && raw.matchExpressions !== null) {
        if (!Array.isArray(raw.matchExpressions))
            return { error: 'matchExpressions must be a list' };
        for (const [i, e] of raw.matchExpressions.entries()) {
            if (!isRecord(e) || typeof e.key !== 'string' || e.key === '')
                return { error: `matchExpressions[${i}] needs a key` };
            const op = e.operator;
            if (typeof op !== 'string' || !OPERATORS.has(op))
                return { error: `matchExpressions[${i}]: "${String(op)}" is not a valid operator (In, NotIn, Exists, DoesNotExist)` };
            const values = Array.isArray(e.values) ? e.values : e.values === undefined || e.values === null ? [] : undefined;
            if (!values || values.some((v) => typeof v !== 'string'))
                return { error: `matchExpressions[${i}].values must be a list of strings` };
            if ((op === 'In' || op === 'NotIn') && values.length === 0)
                return { error: `matchExpressions[${i}]: values must be non-empty for operator ${op}` };
            if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0)
                return { error: `matchExpressions[${i}]: values must be empty for operator ${op}` };
            reqs.push({ key: e.key, operator: op, values: [...new Set(values)].sort() });
        }
    }
    return compiled(reqs);
}
function compiled(reqs) {
    const sorted = [...reqs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.operator < b.operator ? -1 : a.operator > b.operator ? 1 : 0));
    const key = sorted.map((r) => `${r.key} ${r.operator} ${r.values.join(',')}`).join(';');
    const checks = sorted.map((r) => {
        switch (r.operator) {
            case 'In':
                return r.values.length === 1 ? (l) => l[r.key] === r.values[0] : (l) => Object.hasOwn(l, r.key) && r.values.includes(l[r.key]);
            case 'NotIn':
                return (l) => !Object.hasOwn(l, r.key) || !r.values.includes(l[r.key]);
            case 'Exists':
                return (l) => Object.hasOwn(l, r.key);
            case 'DoesNotExist':
                return (l) => !Object.hasOwn(l, r.key);
        }
    });
    return {
        requirements: sorted,
        empty: sorted.length === 0,
        key,
        matches: checks.length === 0 ? () => true : (labels) => checks.every((c) => c(labels)),
    };
}
export function compileLabelSelector(selector) {
    if (!isRecord(selector))
        return { ok: false, error: 'a label selector must be a mapping' };
    const compiled = compileSelector(selector);
    if (isSelectorError(compiled))
        return { ok: false, error: compiled.error };
    return { ok: true, matches: (labels) => compiled.matches((labels ?? {})) };
}
export function isSelectorError(s) {
    return 'error' in s;
}
/** `app=web,tier in (a,b),!legacy` in kubectl's notation; `{}` for the empty selector. */
export function formatSelector(s) {
    if (s.empty)
        return '{} (everything)';
    return s.requirements
        .map((r) => {
        switch (r.operator) {
            case 'In':
                return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} in (${r.values.join(',')})`;
            case 'NotIn':
                return `${r.key} notin (${r.values.join(',')})`;
            case 'Exists':
                return r.key;
            case 'DoesNotExist':
                return `!${r.key}`;
        }
    })
        .join(',');
}
//# sourceMappingURL=label-selector.js.map