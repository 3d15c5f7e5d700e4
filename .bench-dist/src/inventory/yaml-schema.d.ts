import jsyaml from 'js-yaml';
export declare const KUBERNETES_YAML_SCHEMA: jsyaml.Schema;
