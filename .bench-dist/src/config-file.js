import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { SEVERITIES } from './findings/finding.js';
import { CIS_VERSIONS } from './frameworks/cis/types.js';
import { ALL_CHECKS, findCheck } from './checks/registry.js';
import { DEFAULT_CONFIG } from './config.js';
import { EXCEPTION_SCHEMA, exceptionsAt, readExceptionsFile } from './policy/exceptions.js';
import { FileError, readPositionedYaml, validateAgainst } from './policy/yaml-file.js';
export const CONFIG_FILE_NAMES = ['.rampart.yaml', '.rampart.yml'];
/**
 * `.rampart.yaml`: per-check settings, exceptions and scan defaults. Unknown fields, unknown
 * checks and wrongly typed options are errors that name the file and line.
 *
 * ```yaml
 * apiVersion: rampart.dev/v1
 * kind: Config
 * failOn: high
 * checks:
 *   workload.low-uid-gid: {options: {minId: 1000}}
 *   "namespaces.*": {severity: low}
 *   images.pull-policy-not-always: {enabled: false}
 * annotationWaivers: false
 * exceptions: [...]           # as in an Exceptions file
 * ```
 */
export const CONFIG_SCHEMA = {
    type: 'object',
    required: ['apiVersion', 'kind'],
    additionalProperties: false,
    properties: {
        apiVersion: { const: 'rampart.dev/v1' },
        kind: { const: 'Config' },
        failOn: { enum: [...SEVERITIES, 'none'] },
        minSeverity: { enum: [...SEVERITIES] },
        cisVersion: { enum: [...CIS_VERSIONS] },
        pss: {
            type: 'object',
            additionalProperties: false,
            properties: { level: { enum: ['baseline', 'restricted', 'namespace'] }, version: { type: 'string', pattern: '^(v1\\.\\d+|latest)$' } },
        },
        sensitivity: { type: 'object', required: ['key', 'value'], additionalProperties: false, properties: { key: { type: 'string', minLength: 1 }, value: { type: 'string' } } },
        checks: {
            type: 'object',
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: { enabled: { type: 'boolean' }, severity: { enum: [...SEVERITIES] }, options: { type: 'object' } },
            },
        },
        annotationWaivers: { type: 'boolean' },
        exceptions: { type: 'array', items: EXCEPTION_SCHEMA },
    },
};
/** The nearest `.rampart.yaml` (or `.yml`) from `cwd` up to the filesystem root. */
export function findConfigFile(cwd) {
    for (let dir = resolve(cwd);; dir = dirname(dir)) {
        for (const name of CONFIG_FILE_NAMES)
            if (existsSync(join(dir, name)))
                return join(dir, name);
        if (dirname(dir) === dir)
            return undefined;
    }
}
const knownCheck = (pattern) => {
    const m = picomatch(pattern, { dot: true });
    return ALL_CHECKS.some((c) => m(c.meta.id));
};
export function readConfigFile(file) {
    const source = readPositionedYaml(file);
    validateAgainst(source, CONFIG_SCHEMA);
    const raw = source.value;
    for (const [pattern, settings] of Object.entries(raw.checks ?? {}))
        checkSettings(source, pattern, settings);
    const config = {
        ...DEFAULT_CONFIG,
        ...(raw.sensitivity ? { sensitivity: raw.sensitivity } : {}),
        pss: { ...DEFAULT_CONFIG.pss, ...raw.pss },
        ...(raw.checks ? { checks: raw.checks } : {}),
        ...(raw.cisVersion ? { cisVersion: raw.cisVersion } : {}),
        ...(raw.annotationWaivers !== undefined ? { annotationWaivers: raw.annotationWaivers } : {}),
        exceptions: exceptionsAt(source, '/exceptions', knownCheck),
    };
    return { file, config, failOn: raw.failOn, minSeverity: raw.minSeverity };
}
function checkSettings(source, pattern, settings) {
    const at = `/checks/${pattern.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const exact = findCheck(pattern);
    if (!exact) {
        if (!knownCheck(pattern))
            throw new FileError(source.file, source.line(at), `no check matches "${pattern}" (see \`rampart checks list\`)`);
        if (settings.options !== undefined)
            throw new FileError(source.file, source.line(`${at}/options`), `options need an exact check id, not the pattern "${pattern}"`);
        return;
    }
    const specs = exact.meta.options ?? {};
    for (const [name, value] of Object.entries(settings.options ?? {})) {
        const spec = specs[name];
        if (!spec) {
            const known = Object.keys(specs);
            throw new FileError(source.file, source.line(`${at}/options/${name}`), `check ${pattern} has no option "${name}"${known.length ? ` (it has: ${known.join(', ')})` : ' (it has none)'}`);
        }
        validateAgainst(source, spec.schema, value, `${at}/options/${name}`);
    }
}
/**
 * The configuration a command runs with: `--config FILE`, else the nearest `.rampart.yaml`, else
 * the defaults; plus the exceptions of every `--exceptions FILE`.
 */
export function loadConfig(options) {
    const file = options.configFile ?? (options.discover === false ? undefined : findConfigFile(options.cwd));
    const loaded = file ? readConfigFile(file) : { config: DEFAULT_CONFIG };
    const extra = [];
    for (const f of options.exceptionFiles ?? [])
        extra.push(...readExceptionsFile(f, knownCheck));
    if (extra.length === 0)
        return loaded;
    return { ...loaded, config: { ...loaded.config, exceptions: [...(loaded.config.exceptions ?? []), ...extra] } };
}
//# sourceMappingURL=config-file.js.map