import jsyaml from 'js-yaml';
/**
 * Kubernetes decodes manifests with sigs.k8s.io/yaml, which is built on go-yaml v2: YAML 1.1
 * scalars. So `privileged: yes` is true and `defaultMode: 0644` is octal, unlike YAML 1.2.
 * Timestamps stay strings, as they do after Kubernetes' YAML-to-JSON conversion.
 */
const BOOL_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const BOOL_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const yaml11Bool = new jsyaml.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (data) => data !== null && (BOOL_TRUE.has(data) || BOOL_FALSE.has(data)),
    construct: (data) => BOOL_TRUE.has(data),
    predicate: (v) => typeof v === 'boolean',
    represent: (v) => String(v),
});
// go-yaml v2: strip underscores, then strconv.ParseInt(s, 0, 64): 0x, 0o, 0b and leading-0 octal.
const INT_PATTERN = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[1-9][0-9_]*|0)$/;
const yaml11Int = new jsyaml.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => data !== null && INT_PATTERN.test(data) && /[0-9]/.test(data),
    construct: (data) => {
        let s = data.replace(/_/g, '');
        let sign = 1;
        if (s[0] === '-' || s[0] === '+') {
            if (s[0] === '-')
                sign = -1;
            s = s.slice(1);
        }
        if (s.startsWith('0b'))
            return sign * parseInt(s.slice(2), 2);
        if (s.startsWith('0x'))
            return sign * parseInt(s.slice(2), 16);
        if (s.startsWith('0o'))
            return sign * parseInt(s.slice(2), 8);
        if (s.length > 1 && s[0] === '0')
            return sign * parseInt(s.slice(1), 8);
        return sign * parseInt(s, 10);
    },
    predicate: (v) => typeof v === 'number' && Number.isInteger(v),
    represent: (v) => String(v),
});
const types = jsyaml.types;
export const KUBERNETES_YAML_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
    implicit: [types.null, yaml11Bool, yaml11Int, types.float, types.merge],
    explicit: [types.binary],
});
//# sourceMappingURL=yaml-schema.js.map