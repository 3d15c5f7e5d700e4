import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { InputError } from '../inventory/diagnostics.js';
import { SEVERITIES } from '../findings/finding.js';
import { MITRE_TECHNIQUES } from '../frameworks/mitre.js';
import { STAGES } from './event.js';
import { CelCompileError, compileCondition, EVENT_VARIABLES, isCidr } from './cel.js';
import { compileTemplate, parsePath } from './paths.js';
import { parseDuration } from './state.js';
/** A rule file is invalid: every problem found, each with file, line and rule. */
export class RuleFileError extends InputError {
    problems;
    constructor(problems) {
        super(problems.map(formatRuleProblem).join('\n' + ' '.repeat('rampart: '.length)), problems[0]?.file, problems[0]?.line);
        this.problems = problems;
        this.name = 'RuleFileError';
    }
}
export function formatRuleProblem(p) {
    return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.rule !== undefined ? `rule "${p.rule}": ` : ''}${p.message}`;
}
const NAME = /^[a-z][a-z0-9_]*$/;
const RULE_ID = /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/;
const MITRE_ID = /^T\d{4}(\.\d{3})?$/;
const RULE_KEYS = new Set(['id', 'title', 'description', 'severity', 'enabled', 'match', 'condition', 'output', 'mitre', 'falco', 'sigma', 'tags', 'remediation', 'window', 'replace']);
const MATCH_KEYS = new Set(['stages', 'verbs', 'resources', 'codes', 'users']);
const WINDOW_KEYS = new Set(['type', 'groupBy', 'distinct', 'duration', 'threshold', 'learn', 'maxKeys']);
const DEFAULT_STAGES = ['ResponseComplete', 'Panic'];
const DEFAULT_MAX_KEYS = 10_000;
/** Parses and validates one rule file. Throws a RuleFileError listing every problem. */
export function parseRuleFile(text, file) {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
    const problems = [];
    const lineOf = (node) => (node?.range ? lc.linePos(node.range[0]).line : undefined);
    for (const e of doc.errors)
        problems.push({ file, line: lc.linePos(e.pos[0]).line, message: `YAML: ${e.message.split('\n')[0]}` });
    if (problems.length > 0)
        throw new RuleFileError(problems);
    const lists = new Map();
    const macros = new Map();
    const rules = [];
    const root = doc.contents;
    if (root === null)
        return { file, lists, macros, rules };
    if (!isMap(root))
        throw new RuleFileError([{ file, line: lineOf(root), message: 'a rule file is a mapping with `lists`, `macros` and `rules`' }]);
    for (const pair of root.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const value = pair.value;
        if (key === 'lists') {
            if (!isMap(value)) {
                problems.push({ file, line: lineOf(value ?? pair.key), message: '`lists` is a mapping of name to items' });
                continue;
            }
            for (const item of value.items) {
                const name = isScalar(item.key) ? String(item.key.value) : '';
                const line = lineOf(item.key);
                if (!NAME.test(name))
                    problems.push({ file, line, message: `list name "${name}" must be lower_snake_case` });
                let node = item.value;
                let append = false;
                if (isMap(node) && node.has('append')) {
                    append = true;
                    node = node.get('append', true);
                }
                const items = isSeq(node) ? node.items.map((x) => (isScalar(x) ? x.value : undefined)) : undefined;
                if (!items || items.some((x) => typeof x !== 'string' && typeof x !== 'number')) {
                    problems.push({ file, line, message: `list "${name}" must be a sequence of strings or numbers (or {append: [...]})` });
                    continue;
                }
                lists.set(name, { items: items, append, file, line: line ?? 0 });
            }
        }
        else if (key === 'macros') {
            if (!isMap(value)) {
                problems.push({ file, line: lineOf(value ?? pair.key), message: '`macros` is a mapping of name to CEL condition' });
                continue;
            }
            for (const item of value.items) {
                const name = isScalar(item.key) ? String(item.key.value) : '';
                const line = lineOf(item.key);
                if (!NAME.test(name))
                    problems.push({ file, line, message: `macro name "${name}" must be lower_snake_case` });
                if (!isScalar(item.value) || typeof item.value.value !== 'string') {
                    problems.push({ file, line, message: `macro "${name}" must be a CEL expression (a string)` });
                    continue;
                }
                macros.set(name, { condition: item.value.value, file, line: line ?? 0 });
            }
        }
        else if (key === 'rules') {
            if (!isSeq(value)) {
                problems.push({ file, line: lineOf(value ?? pair.key), message: '`rules` is a sequence of rules' });
                continue;
            }
            for (const node of value.items) {
                const rule = parseRule(node, file, lineOf, problems);
                if (rule)
                    rules.push(rule);
            }
        }
        else {
            problems.push({ file, line: lineOf(pair.key), message: `unknown top-level key "${key}" (expected lists, macros, rules)` });
        }
    }
    const seen = new Map();
    for (const r of rules) {
        if (seen.has(r.id))
            problems.push({ file, line: r.line, rule: r.id, message: `duplicate rule id (first at line ${seen.get(r.id)})` });
        else
            seen.set(r.id, r.line);
    }
    if (problems.length > 0)
        throw new RuleFileError(problems);
    return { file, lists, macros, rules };
}
function parseRule(node, file, lineOf, problems) {
    const ruleLine = lineOf(node) ?? 0;
    if (!isMap(node)) {
        problems.push({ file, line: ruleLine, message: 'a rule is a mapping' });
        return undefined;
    }
    const fields = new Map();
    for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        fields.set(key, { value: pair.value ? pair.value.toJSON() : null, line: lineOf(pair.value ?? pair.key) ?? ruleLine });
    }
    const idField = fields.get('id');
    const id = typeof idField?.value === 'string' ? idField.value : undefined;
    const before = problems.length;
    const problem = (field, message) => {
        problems.push({ file, line: field ? (fields.get(field)?.line ?? ruleLine) : ruleLine, rule: id, message });
    };
    if (id === undefined)
        problem(undefined, 'missing `id`');
    else if (!RULE_ID.test(id))
        problem('id', `id "${id}" must be lower-case words joined by dots or dashes (audit.pod-exec)`);
    for (const key of fields.keys())
        if (!RULE_KEYS.has(key))
            problem(key, `unknown field "${key}"`);
    const str = (key, required) => {
        const f = fields.get(key);
        if (f === undefined) {
            if (required)
                problem(undefined, `missing \`${key}\``);
            return undefined;
        }
        if (typeof f.value !== 'string' || f.value.trim() === '') {
            problem(key, `\`${key}\` must be a non-empty string`);
            return undefined;
        }
        return f.value;
    };
    const strList = (key, check) => {
        const f = fields.get(key);
        if (f === undefined || f.value === null)
            return [];
        if (!Array.isArray(f.value) || f.value.some((x) => typeof x !== 'string')) {
            problem(key, `\`${key}\` must be a list of strings`);
            return [];
        }
        for (const s of f.value) {
            const bad = check?.(s);
            if (bad)
                problem(key, bad);
        }
        return f.value;
    };
    const title = str('title', true);
    const description = str('description', false) ?? '';
    const severity = str('severity', true);
    if (severity !== undefined && !SEVERITIES.includes(severity))
        problem('severity', `severity "${severity}" is not one of ${SEVERITIES.join(', ')}`);
    const enabledField = fields.get('enabled');
    if (enabledField && typeof enabledField.value !== 'boolean')
        problem('enabled', '`enabled` must be true or false');
    const replaceField = fields.get('replace');
    if (replaceField && typeof replaceField.value !== 'boolean')
        problem('replace', '`replace` must be true or false');
    const condition = fields.has('condition') ? str('condition', false) : 'true';
    const output = str('output', true);
    if (output !== undefined) {
        const t = compileTemplate(output);
        for (const b of t.bad)
            problem('output', `output placeholder "{${b}}" is not a field path`);
    }
    const mitre = strList('mitre', (s) => !MITRE_ID.test(s) ? `MITRE ATT&CK technique "${s}" must look like T1234 or T1234.001` : s in MITRE_TECHNIQUES ? undefined : `MITRE ATT&CK technique "${s}" is not in Rampart's catalogue (src/frameworks/mitre.ts)`);
    const falco = strList('falco');
    const sigma = strList('sigma');
    const tags = strList('tags');
    const remediation = str('remediation', false);
    const match = parseMatch(fields.get('match'), problem);
    const window = fields.has('window') ? parseWindow(fields.get('window'), problem) : undefined;
    if (problems.length > before || id === undefined || title === undefined || severity === undefined || output === undefined || condition === undefined || match === undefined)
        return undefined;
    return {
        id,
        title,
        description,
        severity: severity,
        enabled: enabledField ? enabledField.value === true : true,
        match,
        condition,
        output,
        mitre,
        falco,
        sigma,
        tags,
        remediation,
        window,
        replace: replaceField?.value === true,
        file,
        line: ruleLine,
    };
}
function parseMatch(f, problem) {
    if (f === undefined)
        return { stages: DEFAULT_STAGES };
    const v = f.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        problem('match', '`match` must be a mapping of stages, verbs, resources, codes, users');
        return undefined;
    }
    const m = v;
    let ok = true;
    for (const k of Object.keys(m)) {
        if (!MATCH_KEYS.has(k)) {
            problem('match', `unknown field "match.${k}" (expected ${[...MATCH_KEYS].join(', ')})`);
            ok = false;
        }
    }
    const strings = (k) => {
        if (m[k] === undefined)
            return undefined;
        if (!Array.isArray(m[k]) || m[k].some((x) => typeof x !== 'string') || m[k].length === 0) {
            problem('match', `\`match.${k}\` must be a non-empty list of strings`);
            ok = false;
            return undefined;
        }
        return m[k];
    };
    const stages = strings('stages');
    for (const s of stages ?? []) {
        if (!STAGES.includes(s)) {
            problem('match', `unknown stage "${s}" (expected ${STAGES.join(', ')})`);
            ok = false;
        }
    }
    const verbs = strings('verbs');
    const resources = strings('resources');
    for (const r of resources ?? []) {
        if (!/^(\*|[a-z0-9.-]+)(\/(\*|[a-z0-9.-]+))?$/.test(r)) {
            problem('match', `resource "${r}" must be resource, resource/subresource, resource/*, */subresource or *`);
            ok = false;
        }
    }
    const users = strings('users');
    let codes;
    if (m.codes !== undefined) {
        if (!Array.isArray(m.codes) || m.codes.length === 0 || m.codes.some((c) => !Number.isInteger(c) || c < 100 || c > 599)) {
            problem('match', '`match.codes` must be a non-empty list of HTTP status codes');
            ok = false;
        }
        else
            codes = m.codes;
    }
    if (!ok)
        return undefined;
    return { stages: stages ?? DEFAULT_STAGES, verbs, resources, codes, users };
}
function parseWindow(f, problem) {
    const v = f.value;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        problem('window', '`window` must be a mapping');
        return undefined;
    }
    const w = v;
    let ok = true;
    const bad = (message) => {
        problem('window', message);
        ok = false;
    };
    for (const k of Object.keys(w))
        if (!WINDOW_KEYS.has(k))
            bad(`unknown field "window.${k}" (expected ${[...WINDOW_KEYS].join(', ')})`);
    const type = w.type;
    if (type !== 'count' && type !== 'distinct' && type !== 'first-seen')
        bad('`window.type` must be count, distinct or first-seen');
    const paths = (k, required) => {
        const x = w[k];
        if (x === undefined) {
            if (required)
                bad(`missing \`window.${k}\``);
            return [];
        }
        const list = typeof x === 'string' ? [x] : x;
        if (!Array.isArray(list) || list.length === 0 || list.some((p) => typeof p !== 'string')) {
            bad(`\`window.${k}\` must be a field path or a list of them`);
            return [];
        }
        for (const p of list) {
            const parsed = parsePath(p);
            if (!parsed)
                bad(`\`window.${k}\`: "${p}" is not a field path (user.username, sourceIPs[0], objectRef.resource)`);
            else if (!EVENT_VARIABLES.includes(String(parsed[0])) || ['object', 'podSpec', 'containers', 'target', 'resource'].includes(String(parsed[0]))) {
                bad(`\`window.${k}\`: "${p}" must start with an event field`);
            }
        }
        return list;
    };
    const groupBy = paths('groupBy', true);
    const distinct = paths('distinct', type === 'distinct');
    const duration = (k, required) => {
        const x = w[k];
        if (x === undefined) {
            if (required)
                bad(`missing \`window.${k}\``);
            return 0;
        }
        const ms = typeof x === 'string' ? parseDuration(x) : undefined;
        if (ms === undefined || ms <= 0) {
            bad(`\`window.${k}\` must be a duration such as 90s, 5m or 1h`);
            return 0;
        }
        return ms;
    };
    const durationMs = duration('duration', type !== 'first-seen');
    const learnMs = type === 'first-seen' ? duration('learn', false) : 0;
    let threshold = 0;
    if (type !== 'first-seen') {
        if (!Number.isInteger(w.threshold) || w.threshold < 1)
            bad('`window.threshold` must be a positive integer (fires when the count is above it)');
        else
            threshold = w.threshold;
    }
    let maxKeys = DEFAULT_MAX_KEYS;
    if (w.maxKeys !== undefined) {
        if (!Number.isInteger(w.maxKeys) || w.maxKeys < 1)
            bad('`window.maxKeys` must be a positive integer');
        else
            maxKeys = w.maxKeys;
    }
    if (!ok)
        return undefined;
    return { type: type, groupBy, distinct, durationMs, threshold, learnMs, maxKeys };
}
/**
 * Merges rule files in order (a later file appends to or replaces a list, redefines a macro, adds
 * rules, or replaces a rule that says `replace: true`) and compiles every enabled rule.
 */
export function compileRules(files, opts = {}) {
    const problems = [];
    const lists = new Map();
    const macros = new Map();
    const rules = new Map();
    for (const f of files) {
        for (const [name, l] of f.lists) {
            if (l.append && !lists.has(name))
                problems.push({ file: l.file, line: l.line, message: `list "${name}" appends to a list no earlier file defines` });
            lists.set(name, l.append ? [...(lists.get(name) ?? []), ...l.items] : [...l.items]);
        }
        for (const [name, m] of f.macros)
            macros.set(name, m);
        for (const r of f.rules) {
            const prev = rules.get(r.id);
            if (prev && !r.replace)
                problems.push({ file: r.file, line: r.line, rule: r.id, message: `rule id already defined at ${prev.file}:${prev.line} (add \`replace: true\` to replace it)` });
            else
                rules.set(r.id, r);
        }
    }
    for (const [name, items] of Object.entries(opts.lists ?? {}))
        lists.set(name, [...items]);
    for (const [name, m] of macros) {
        if (lists.has(name))
            problems.push({ file: m.file, line: m.line, message: `"${name}" is both a list and a macro` });
        if (EVENT_VARIABLES.includes(name))
            problems.push({ file: m.file, line: m.line, message: `macro "${name}" hides the event variable of the same name` });
    }
    for (const [name, items] of lists) {
        if (name.endsWith('_cidrs')) {
            for (const c of items)
                if (typeof c !== 'string' || !isCidr(c))
                    problems.push({ file: '<lists>', message: `list "${name}": "${c}" is not an IP address or CIDR` });
        }
    }
    const expander = new Expander(lists, macros);
    for (const [name, m] of macros) {
        try {
            expander.expand(m.condition, [name]);
            compileCondition(expander.expand(m.condition, [name]));
        }
        catch (e) {
            problems.push({ file: m.file, line: m.line, message: `macro "${name}": ${celMessage(e)}` });
        }
    }
    const disabled = (opts.disable ?? []).map(globToRegExp);
    const compiled = [];
    for (const r of rules.values()) {
        if (!r.enabled || disabled.some((re) => re.test(r.id)))
            continue;
        let condition;
        try {
            condition = r.condition.trim() === 'true' ? undefined : compileCondition(expander.expand(r.condition, []));
        }
        catch (e) {
            problems.push({ file: r.file, line: r.line, rule: r.id, message: `condition: ${celMessage(e)}` });
            continue;
        }
        const template = compileTemplate(r.output);
        compiled.push({ spec: r, condition, render: template.render });
    }
    if (problems.length > 0)
        throw new RuleFileError(problems);
    compiled.sort((a, b) => (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
    return { rules: compiled, lists };
}
function celMessage(e) {
    if (e instanceof CelCompileError)
        return e.line !== undefined ? `CEL syntax error at ${e.line}:${e.column}: ${e.message}` : e.message;
    return e.message;
}
export function globToRegExp(glob) {
    return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
/**
 * Replaces list and macro names in a CEL expression by their values: a list by a list literal, a
 * macro by its parenthesised, expanded condition. Works on tokens, so names inside strings, field
 * names after a dot and function names are left alone.
 */
class Expander {
    lists;
    macros;
    constructor(lists, macros) {
        this.lists = lists;
        this.macros = macros;
    }
    expand(expr, stack) {
        let out = '';
        let i = 0;
        while (i < expr.length) {
            const c = expr[i];
            if (c === '"' || c === "'") {
                const end = stringEnd(expr, i);
                out += expr.slice(i, end);
                i = end;
                continue;
            }
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i, i + 256));
            if (m && (i === 0 || !/[A-Za-z0-9_.]/.test(expr[i - 1]))) {
                const name = m[0];
                const next = expr.slice(i + name.length).trimStart()[0];
                if (next !== '(' && this.lists.has(name)) {
                    out += JSON.stringify(this.lists.get(name));
                }
                else if (next !== '(' && this.macros.has(name)) {
                    if (stack.includes(name))
                        throw new Error(`macros refer to each other in a cycle: ${[...stack, name].join(' → ')}`);
                    out += `(${this.expand(this.macros.get(name).condition, [...stack, name])})`;
                }
                else
                    out += name;
                i += name.length;
                continue;
            }
            if (m) {
                out += m[0];
                i += m[0].length;
                continue;
            }
            out += c;
            i++;
        }
        return out;
    }
}
function stringEnd(s, i) {
    const q = s[i];
    // triple-quoted strings
    if (s.startsWith(q.repeat(3), i)) {
        const end = s.indexOf(q.repeat(3), i + 3);
        return end === -1 ? s.length : end + 3;
    }
    for (let j = i + 1; j < s.length; j++) {
        if (s[j] === '\\')
            j++;
        else if (s[j] === q)
            return j + 1;
    }
    return s.length;
}
/** The directory of the built-in rule files (shipped with the package). */
export function builtinRulesDir() {
    // dist/src/audit/rules.js → src/audit/builtin/
    return fileURLToPath(new URL('../../../src/audit/builtin/', import.meta.url));
}
let builtinCache;
/** The built-in rule files, parsed once per process. */
export function builtinRuleFiles() {
    if (!builtinCache) {
        const dir = builtinRulesDir();
        builtinCache = readdirSync(dir)
            .filter((f) => f.endsWith('.yaml'))
            .sort()
            .map((f) => parseRuleFile(readFileSync(join(dir, f), 'utf8'), join('src/audit/builtin', f)));
    }
    return builtinCache;
}
/** Reads user rule files (`--rules`), each validated. */
export function readRuleFiles(paths) {
    const out = [];
    const problems = [];
    for (const p of paths) {
        let text;
        try {
            text = readFileSync(p, 'utf8');
        }
        catch (e) {
            problems.push({ file: p, message: `cannot read: ${e.code ?? e.message}` });
            continue;
        }
        try {
            out.push(parseRuleFile(text, p));
        }
        catch (e) {
            if (e instanceof RuleFileError)
                problems.push(...e.problems);
            else
                throw e;
        }
    }
    if (problems.length > 0)
        throw new RuleFileError(problems);
    return out;
}
/** Built-in rules plus the user's files, compiled. */
export function loadRuleSet(userFiles = [], opts = {}) {
    return compileRules([...builtinRuleFiles(), ...readRuleFiles(userFiles)], opts);
}
//# sourceMappingURL=rules.js.map