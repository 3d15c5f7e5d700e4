/**
 * What is plainly not a Kubernetes object. Repositories hold Helm values, Chart.yaml,
 * package.json, docker-compose files, CI workflows, kubeconfigs and tools' configuration next to
 * their manifests; like Kubescape and Trivy, Rampart skips them with an info note instead of
 * failing the run, and keeps errors for documents that look like Kubernetes objects and are broken.
 */
import { basename } from 'node:path';
import { isRecord } from '../k8s/types.js';
import { apiGroup } from '../k8s/scope.js';
import { isBuiltinGroup } from '../k8s/api-resources.js';
/** A mapping with an `apiVersion` or a `kind`: what a Kubernetes object looks like, broken or not. */
export function looksLikeObject(value) {
    return isRecord(value) && ((value.apiVersion !== undefined && value.apiVersion !== null) || (value.kind !== undefined && value.kind !== null));
}
/** Files named for a tool, whatever they hold (kustomize accepts kustomization files without apiVersion or kind). */
const TOOL_FILES = {
    'kustomization.yaml': 'a kustomization',
    'kustomization.yml': 'a kustomization',
    kustomization: 'a kustomization',
    'chart.yaml': "a Helm chart's Chart.yaml",
    'chart.lock': "a Helm chart's Chart.lock",
};
/**
 * Documents with an apiVersion and kind that are read by a tool from disk, never served by the API
 * server (they have no metadata). Component configuration that Rampart reads (KubeletConfiguration,
 * audit Policy...) is not listed: see `isComponentConfig`.
 */
const TOOL_KINDS = [
    { group: 'kustomize.config.k8s.io', what: 'a kustomization' },
    { group: '', kind: 'Config', what: 'a kubeconfig' },
    { group: '', kind: 'Policy', what: 'a kube-scheduler policy file' },
    { group: 'kind.x-k8s.io', kind: 'Cluster', what: 'a kind cluster configuration' },
];
/**
 * Why a parsed document is plainly not a Kubernetes object (for the info note), or undefined when
 * it is or may be one (and then problems with it are errors).
 */
export function notAnObject(value, file) {
    const tool = TOOL_FILES[basename(file).toLowerCase()];
    if (!isRecord(value))
        return Array.isArray(value) ? 'a list, not a Kubernetes object' : `a ${value === null ? 'null' : typeof value} value, not a Kubernetes object`;
    if (tool)
        return tool;
    if (!looksLikeObject(value))
        return 'no apiVersion or kind: not a Kubernetes object';
    const { apiVersion, kind, metadata } = value;
    if (metadata !== undefined && metadata !== null)
        return undefined;
    if (typeof apiVersion === 'string') {
        const group = apiGroup(apiVersion);
        const known = TOOL_KINDS.find((t) => t.group === group && (t.kind === undefined || t.kind === kind));
        if (known)
            return known.what;
        // `apiVersion: v2` (Helm), `skaffold/v4`: no Kubernetes API serves these
        if (group === '' && apiVersion !== 'v1')
            return `apiVersion "${apiVersion}" is not a Kubernetes API version (a tool's configuration file?)`;
        if (group !== '' && !group.includes('.') && !isBuiltinGroup(group))
            return `apiVersion "${apiVersion}" is not a Kubernetes API group (a tool's configuration file?)`;
        if (kind === undefined || kind === null)
            return 'no kind and no metadata: not a Kubernetes object';
    }
    return undefined;
}
/** A field line (`apiVersion:`, `kind:`), for text that would not parse: worth an error if present. */
const OBJECT_FIELD = /^[ \t]*(?:-[ \t]+)?["']?(?:apiVersion|kind)["']?[ \t]*:/m;
const JSON_OBJECT_FIELD = /"(?:apiVersion|kind)"\s*:/;
export function mentionsObjectFields(text, json) {
    return (json ? JSON_OBJECT_FIELD : OBJECT_FIELD).test(text);
}
/**
 * Go template actions where YAML cannot have them: a line that starts with `{{` (`{{- if ... }}`,
 * `{{ include ... }}`) or an unquoted value that does (`name: {{ .Values.name }}`). Valid YAML that
 * merely contains `{{` in a string (Prometheus alert text, Argo parameters) does not count, and
 * this is asked only of documents that failed to parse or validate.
 */
const TEMPLATE_ACTION = /^[ \t]*(?:-[ \t]+)?\{\{|:[ \t]+\{\{[^}]*\}\}[ \t]*(?:#.*)?$/m;
export function looksLikeTemplate(text) {
    return text.includes('{{') && TEMPLATE_ACTION.test(text);
}
/** A value as YAML names it, for messages: `a mapping`, `a list`, `true`, `null`, `"text"`. */
export function describeYamlValue(value) {
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (isRecord(value))
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}
//# sourceMappingURL=recognize.js.map