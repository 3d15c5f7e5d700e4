const str = { type: 'string' };
const bool = { type: 'boolean' };
const int = { type: 'integer' };
const obj = (properties = {}) => ({ type: 'object', properties });
const arr = (items) => ({ type: 'array', items });
const strMap = { type: 'object', additionalProperties: str };
/** resource.Quantity: a string or a number in JSON. */
const quantity = { type: ['string', 'number'] };
const objectMeta = obj({ name: str, namespace: str, generateName: str, labels: strMap, annotations: strMap, ownerReferences: arr(obj({ kind: str, name: str, controller: bool })) });
const profile = obj({ type: str, localhostProfile: str });
const securityContext = obj({
    privileged: bool,
    allowPrivilegeEscalation: bool,
    readOnlyRootFilesystem: bool,
    runAsNonRoot: bool,
    runAsUser: int,
    runAsGroup: int,
    procMount: str,
    capabilities: obj({ add: arr(str), drop: arr(str) }),
    seccompProfile: profile,
    appArmorProfile: profile,
    seLinuxOptions: obj({ user: str, role: str, type: str, level: str }),
    windowsOptions: obj({ hostProcess: bool, runAsUserName: str }),
});
const podSecurityContext = obj({
    runAsNonRoot: bool,
    runAsUser: int,
    runAsGroup: int,
    fsGroup: int,
    supplementalGroups: arr(int),
    seccompProfile: profile,
    appArmorProfile: profile,
    seLinuxOptions: obj({ user: str, role: str, type: str, level: str }),
    windowsOptions: obj({ hostProcess: bool, runAsUserName: str }),
    sysctls: arr(obj({ name: str, value: str })),
});
const handler = obj({ httpGet: obj({ host: str, path: str }), tcpSocket: obj({ host: str }) });
const container = {
    type: 'object',
    required: ['name'],
    properties: {
        name: str,
        image: str,
        imagePullPolicy: str,
        command: arr(str),
        args: arr(str),
        env: arr({ type: 'object', required: ['name'], properties: { name: str, value: str, valueFrom: obj({ secretKeyRef: obj({ name: str, key: str }), configMapKeyRef: obj({ name: str, key: str }) }) } }),
        envFrom: arr(obj({ prefix: str, secretRef: obj({ name: str }), configMapRef: obj({ name: str }) })),
        ports: arr(obj({ containerPort: int, hostPort: int, hostIP: str, protocol: str, name: str })),
        resources: obj({ limits: { type: 'object', additionalProperties: quantity }, requests: { type: 'object', additionalProperties: quantity } }),
        securityContext,
        volumeMounts: arr({ type: 'object', required: ['name', 'mountPath'], properties: { name: str, mountPath: str, readOnly: bool } }),
        livenessProbe: handler,
        readinessProbe: handler,
        startupProbe: handler,
        lifecycle: obj({ postStart: handler, preStop: handler }),
    },
};
const volume = {
    type: 'object',
    required: ['name'],
    properties: {
        name: str,
        hostPath: { type: 'object', required: ['path'], properties: { path: str, type: str } },
        secret: obj({ secretName: str }),
        configMap: obj({ name: str }),
        projected: obj({ sources: arr(obj({ secret: obj({ name: str }) })) }),
    },
};
const podSpec = obj({
    containers: arr(container),
    initContainers: arr(container),
    ephemeralContainers: arr(container),
    volumes: arr(volume),
    hostNetwork: bool,
    hostPID: bool,
    hostIPC: bool,
    hostUsers: bool,
    shareProcessNamespace: bool,
    automountServiceAccountToken: bool,
    serviceAccountName: str,
    serviceAccount: str,
    nodeName: str,
    runtimeClassName: str,
    nodeSelector: strMap,
    securityContext: podSecurityContext,
    tolerations: arr(obj({ key: str, operator: str, value: str, effect: str })),
    affinity: obj({
        nodeAffinity: obj({
            requiredDuringSchedulingIgnoredDuringExecution: obj({
                nodeSelectorTerms: arr(obj({ matchExpressions: arr(obj({ key: str, operator: str, values: arr(str) })), matchFields: arr(obj({ key: str, operator: str, values: arr(str) })) })),
            }),
        }),
    }),
    os: obj({ name: str }),
    resources: obj({ limits: { type: 'object', additionalProperties: quantity }, requests: { type: 'object', additionalProperties: quantity } }),
});
/** Shared parts, compiled once and referenced from every kind that embeds them. */
export const DEFINITIONS = { objectMeta, podSpec };
const ref = (name) => ({ $ref: `k8s-${name}` });
const template = obj({ metadata: ref('objectMeta'), spec: ref('podSpec') });
const withMeta = (properties) => obj({ metadata: ref('objectMeta'), ...properties });
const subjects = arr(obj({ kind: str, name: str, namespace: str, apiGroup: str }));
const roleRef = { type: 'object', required: ['kind', 'name'], properties: { kind: str, name: str, apiGroup: str } };
const policyRules = arr(obj({ verbs: arr(str), apiGroups: arr(str), resources: arr(str), resourceNames: arr(str), nonResourceURLs: arr(str) }));
const labelSelector = obj({ matchLabels: strMap, matchExpressions: arr(obj({ key: str, operator: str, values: arr(str) })) });
/** Schemas by kind; kinds not listed are checked for metadata only. */
export const KIND_SCHEMAS = {
    Pod: withMeta({ spec: ref('podSpec') }),
    PodTemplate: withMeta({ template }),
    Deployment: withMeta({ spec: obj({ template }) }),
    ReplicaSet: withMeta({ spec: obj({ template }) }),
    StatefulSet: withMeta({ spec: obj({ template }) }),
    DaemonSet: withMeta({ spec: obj({ template }) }),
    Job: withMeta({ spec: obj({ template }) }),
    ReplicationController: withMeta({ spec: obj({ template }) }),
    CronJob: withMeta({ spec: obj({ jobTemplate: obj({ spec: obj({ template }) }) }) }),
    Service: withMeta({ spec: obj({ type: str, ports: arr(obj({ port: int, nodePort: int, protocol: str })), externalIPs: arr(str), loadBalancerSourceRanges: arr(str) }) }),
    ConfigMap: withMeta({ data: strMap, binaryData: strMap }),
    Secret: withMeta({ data: strMap, stringData: strMap, type: str }),
    ServiceAccount: withMeta({ automountServiceAccountToken: bool }),
    RoleBinding: { ...withMeta({ subjects, roleRef }), required: ['roleRef'] },
    ClusterRoleBinding: { ...withMeta({ subjects, roleRef }), required: ['roleRef'] },
    Role: withMeta({ rules: policyRules }),
    ClusterRole: withMeta({ rules: policyRules, aggregationRule: obj({ clusterRoleSelectors: arr(labelSelector) }) }),
    Node: withMeta({ spec: obj({ taints: arr({ type: 'object', required: ['key', 'effect'], properties: { key: str, value: str, effect: str } }) }) }),
    LimitRange: withMeta({ spec: obj({ limits: arr(obj({ type: str })) }) }),
};
export const METADATA_SCHEMA = withMeta({});
//# sourceMappingURL=schema.js.map