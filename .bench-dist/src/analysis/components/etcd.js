import { parseGoBool } from './flags.js';
/**
 * An etcd setting as etcd reads it: a command-line flag, else the ETCD_<NAME> environment variable
 * (a flag shadows its variable). With --config-file, etcd ignores both flags and environment, and
 * the value is in a file the input does not hold: 'config-file'. Undefined means etcd's default.
 */
export function etcdSetting(c, flag) {
    if (c.flags.has('config-file'))
        return 'config-file';
    const o = c.flags.last(flag);
    if (o)
        return { value: o.value, pointer: c.pointerOf(o.index), text: o.bare ? `--${o.name}` : `--${o.name}=${o.value}` };
    const name = `ETCD_${flag.toUpperCase().replaceAll('-', '_')}`;
    const env = c.env.get(name);
    if (env)
        return { value: env.value, pointer: env.pointer, text: `${name}=${env.value}` };
    return undefined;
}
/** A boolean etcd setting: its value (default when unset), or 'config-file' when unknown. */
export function etcdBool(c, flag, defaultValue) {
    const s = etcdSetting(c, flag);
    if (s === 'config-file')
        return s;
    if (!s)
        return { value: defaultValue };
    return { value: parseGoBool(s.value), setting: s };
}
//# sourceMappingURL=etcd.js.map