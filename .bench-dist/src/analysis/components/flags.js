/**
 * Command lines parsed the way the Kubernetes components parse them.
 *
 * kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy and the kubelet use spf13/pflag
 * with Kubernetes' word-separator normalization: `--flag=value`, `--flag value` (the next argument is
 * the value, whatever it looks like), bare `--flag` only for booleans (`--flag false` leaves "false"
 * as a stray argument, which the components refuse), `_` and `-` interchangeable in names, `--`
 * ending the flags. Repeated scalar flags: the last wins. Slices (`--enable-admission-plugins`)
 * split each value on commas and append across repetitions; maps (`--feature-gates`) merge.
 *
 * etcd uses Go's standard `flag` package instead: one or two dashes, `-flag value` for non-booleans,
 * and parsing stops at the first argument that is not a flag.
 */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
/** Go's strconv.ParseBool, which every component uses for boolean flags and values. */
export function parseGoBool(value) {
    if (GO_TRUE.has(value))
        return true;
    if (GO_FALSE.has(value))
        return false;
    return undefined;
}
/** Parses argv (argv[0] is the program; `start` is where the flags begin). */
export function parseCommandLine(argv, types, start = 1) {
    const occurrences = [];
    const positional = [];
    const problems = [];
    const program = basename(argv[0] ?? '');
    let i = start;
    while (i < argv.length) {
        const arg = argv[i];
        if (arg === '--') {
            for (let j = i + 1; j < argv.length; j++)
                positional.push({ value: argv[j], index: j });
            break;
        }
        const dashes = arg.startsWith('--') ? 2 : arg.startsWith('-') && arg.length > 1 ? 1 : 0;
        if (dashes === 0) {
            positional.push({ value: arg, index: i });
            if (types.syntax === 'goflag') {
                // Go's flag package stops at the first non-flag argument.
                for (let j = i + 1; j < argv.length; j++)
                    positional.push({ value: argv[j], index: j });
                break;
            }
            i++;
            continue;
        }
        if (dashes === 1 && types.syntax === 'pflag') {
            // pflag reads "-x" as shorthand letters; the components define only -v and -h.
            const letters = arg.slice(1);
            if (/^v(=|$)/.test(letters)) {
                occurrences.push({ name: 'v', value: letters.startsWith('v=') ? letters.slice(2) : argv[i + 1] ?? '', bare: false, index: i });
                i += letters.startsWith('v=') ? 1 : 2;
            }
            else if (/^v\d+$/.test(letters)) {
                occurrences.push({ name: 'v', value: letters.slice(1), bare: false, index: i });
                i++;
            }
            else {
                problems.push(`argument ${i} "${arg}": single-dash flags are not accepted (use --${letters.replace(/=.*/, '')})`);
                i++;
            }
            continue;
        }
        const body = arg.slice(dashes);
        const eq = body.indexOf('=');
        const rawName = eq === -1 ? body : body.slice(0, eq);
        const name = types.syntax === 'pflag' ? rawName.replaceAll('_', '-') : rawName;
        if (name === '' || name.startsWith('-')) {
            problems.push(`argument ${i} "${arg}": bad flag syntax`);
            i++;
            continue;
        }
        if (eq !== -1) {
            const value = body.slice(eq + 1);
            if (types.booleans.has(name) && parseGoBool(value) === undefined)
                problems.push(`--${name}=${value}: not a boolean (true or false)`);
            occurrences.push({ name, value, bare: false, index: i });
            i++;
            continue;
        }
        if (types.booleans.has(name)) {
            occurrences.push({ name, value: 'true', bare: true, index: i });
            i++;
            continue;
        }
        // A flag the table does not list as boolean takes the next argument as its value. For a flag
        // unknown to the table that is a boolean, a following flag shows it was written bare.
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-' && !isKnown(name, types))) {
            if (next === undefined && isKnown(name, types))
                problems.push(`--${name}: flag needs an argument`);
            occurrences.push({ name, value: 'true', bare: true, index: i });
            i++;
            continue;
        }
        occurrences.push({ name, value: next, bare: false, index: i });
        i += 2;
    }
    for (const p of positional)
        problems.push(`argument ${p.index} "${p.value}" is not a flag: the component does not take arguments`);
    return { program, occurrences, positional, problems };
}
function isKnown(name, types) {
    return types.booleans.has(name) || !!types.lists?.has(name) || !!types.arrays?.has(name) || !!types.values?.has(name);
}
export function basename(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? path : path.slice(slash + 1);
}
/**
 * The flags of one command line, with the semantics of their types. Every accessor returns
 * undefined when the flag is not on the command line, so callers apply the component's default.
 */
export class CommandLineFlags {
    parsed;
    types;
    byName = new Map();
    constructor(parsed, types) {
        this.parsed = parsed;
        this.types = types;
        for (const o of parsed.occurrences) {
            let list = this.byName.get(o.name);
            if (!list)
                this.byName.set(o.name, (list = []));
            list.push(o);
        }
    }
    has(name) {
        return this.byName.has(name);
    }
    /** The occurrence that decides a scalar flag: the last one. */
    last(name) {
        const list = this.byName.get(name);
        return list?.[list.length - 1];
    }
    all(name) {
        return this.byName.get(name) ?? [];
    }
    string(name) {
        return this.last(name)?.value;
    }
    /** A boolean flag's value; undefined when absent or not a Go boolean. */
    bool(name) {
        const v = this.last(name);
        return v === undefined ? undefined : parseGoBool(v.value);
    }
    /** An integer flag's value; NaN when it does not parse. */
    int(name) {
        const v = this.string(name);
        if (v === undefined)
            return undefined;
        return /^[+-]?\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
    }
    /**
     * A list flag: every occurrence, split on commas unless the flag is an array (pflag reads slices
     * as CSV: `"a,b"` in quotes is one item). Items are not trimmed, as pflag does not trim them.
     */
    list(name) {
        const list = this.byName.get(name);
        if (!list)
            return undefined;
        if (this.types.arrays?.has(name))
            return list.map((o) => o.value);
        return list.flatMap((o) => splitCsv(o.value));
    }
    /** A `key=value,key=value` flag such as --feature-gates; later occurrences override earlier keys. */
    map(name) {
        const list = this.byName.get(name);
        if (!list)
            return undefined;
        const out = new Map();
        for (const o of list) {
            for (const item of splitCsv(o.value)) {
                const eq = item.indexOf('=');
                if (eq === -1)
                    out.set(item.trim(), '');
                else
                    out.set(item.slice(0, eq).trim(), item.slice(eq + 1).trim());
            }
        }
        return out;
    }
    get names() {
        return [...this.byName.keys()];
    }
}
/** Splits a CSV record as encoding/csv does for one line: commas, with "quoted, fields". */
export function splitCsv(value) {
    if (value === '')
        return [];
    const out = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (quoted) {
            if (c === '"' && value[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"' && field === '')
            quoted = true;
        else if (c === ',') {
            out.push(field);
            field = '';
        }
        else
            field += c;
    }
    out.push(field);
    return out;
}
//# sourceMappingURL=flags.js.map