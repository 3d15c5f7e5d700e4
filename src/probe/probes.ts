import { defineCheck, type Check } from '../checks/check.js';
import type { Severity } from '../findings/finding.js';

/**
 * What each open door means. These are checks in the finding model (metadata, references), so
 * probe results render, waive and baseline like every other finding; but they are not in the
 * scan registry: a check never touches the network, and probing does only when asked.
 */
export const PROBE_CHECKS = {
  apiserver: defineCheck({
    meta: {
      id: 'probe.apiserver-anonymous',
      title: 'The API server answers anonymous requests',
      severity: 'critical',
      category: 'controlplane',
      area: 'api-server',
      rationale:
        'With --anonymous-auth on (the default), a request without credentials is system:anonymous. Kubernetes grants that user /version, /healthz and little else; a binding to system:anonymous or system:unauthenticated opens discovery or, worse, the objects themselves to anyone who reaches the API server.',
      remediation:
        'Remove ClusterRoleBindings and RoleBindings that name system:anonymous or system:unauthenticated (kubectl get clusterrolebindings -o wide), and where nothing needs anonymous health checks set --anonymous-auth=false on kube-apiserver (or, from v1.32, an AuthenticationConfiguration with anonymous.conditions limited to /livez, /readyz and /healthz).',
      references: { cis: ['apiserver.anonymous-auth'], nsa: ['auth.authentication'], mitre: ['T1613'], microsoft: ['MS-TA9029'], kcsa: ['cluster-component-security'], docs: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'] },
    },
    run: () => undefined,
  }),
  kubelet: defineCheck({
    meta: {
      id: 'probe.kubelet-unauthenticated',
      title: 'A kubelet API answers without authentication',
      severity: 'critical',
      category: 'kubelet',
      area: 'kubelet',
      rationale:
        'The kubelet API on port 10250 lists every pod on the node with its environment, and its /run and /exec endpoints run commands in any container. With anonymous authentication on and authorization AlwaysAllow, anyone who reaches the node owns every container on it.',
      remediation:
        'In the KubeletConfiguration set authentication.anonymous.enabled: false, authentication.webhook.enabled: true and authorization.mode: Webhook, then restart the kubelet. Restrict access to port 10250 to the control plane.',
      references: { cis: ['kubelet.anonymous-auth', 'kubelet.authorization-mode'], nsa: ['network.worker-node-segmentation'], mitre: ['T1609', 'T1613'], microsoft: ['MS-TA9030'], kcsa: ['cluster-component-security'], docs: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'] },
    },
    run: () => undefined,
  }),
  readOnlyPort: defineCheck({
    meta: {
      id: 'probe.kubelet-read-only-port',
      title: "The kubelet's read-only port is open",
      severity: 'high',
      category: 'kubelet',
      area: 'kubelet',
      rationale:
        "The read-only port (10255) serves the kubelet's pod list, node spec and metrics over plain HTTP with no authentication at all: every pod's containers, images, environment variables and mounted volumes are there for anyone on the network.",
      remediation: 'Set readOnlyPort: 0 in the KubeletConfiguration (or --read-only-port=0) and restart the kubelet.',
      references: { cis: ['kubelet.read-only-port'], nsa: ['network.worker-node-segmentation'], mitre: ['T1613'], microsoft: ['MS-TA9030'], kcsa: ['cluster-component-security'], docs: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/'] },
    },
    run: () => undefined,
  }),
  etcd: defineCheck({
    meta: {
      id: 'probe.etcd-no-client-cert',
      title: 'etcd answers without a client certificate',
      severity: 'critical',
      category: 'etcd',
      area: 'api-server',
      rationale:
        "etcd holds the whole cluster: every Secret, every token, every object. The API server is meant to be its only client, proven by a client certificate. An etcd that answers a request without one gives the cluster's data, and the power to rewrite it, to anyone who reaches port 2379.",
      remediation: 'Run etcd with --client-cert-auth=true, --trusted-ca-file, --cert-file and --key-file (HTTPS only), and firewall 2379 to the control plane.',
      references: { cis: ['etcd.client-cert-auth', 'etcd.cert-file'], nsa: ['network.etcd'], mitre: ['T1552.007'], microsoft: ['MS-TA9025'], kcsa: ['cluster-component-security'], docs: ['https://etcd.io/docs/v3.5/op-guide/security/'] },
    },
    run: () => undefined,
  }),
  dashboard: defineCheck({
    meta: {
      id: 'probe.dashboard-no-login',
      title: 'A dashboard answers without login',
      severity: 'high',
      category: 'network',
      area: 'network',
      rationale:
        "Dashboards (Kubernetes Dashboard, Argo CD, Grafana, Prometheus, Kibana, Weave Scope) act with their own, often broad, service account. One that answers its data API without a login lets anyone who reaches it see, and sometimes change, the cluster: Tesla's cluster was mined through an open Kubernetes Dashboard.",
      remediation:
        'Require a login (Kubernetes Dashboard: no --enable-skip-login; Grafana: auth.anonymous.enabled = false; Argo CD: no anonymous users), keep the service ClusterIP-only behind an authenticating proxy, and give the dashboard a service account with read-only, namespaced rights.',
      references: { nsa: ['network.control-plane-hardening'], mitre: ['T1133'], microsoft: ['MS-TA9005', 'MS-TA9032'], kcsa: ['platform-security'], docs: ['https://github.com/kubernetes/dashboard/blob/master/docs/user/access-control/README.md'] },
    },
    run: () => undefined,
  }),
  metadata: defineCheck({
    meta: {
      id: 'probe.metadata-reachable',
      title: 'Pods can reach the cloud metadata endpoint',
      severity: 'high',
      category: 'network',
      area: 'network',
      rationale:
        "169.254.169.254 serves the node's cloud identity: instance credentials (AWS IMDSv1 hands them to any GET), bootstrap data, and often the kubelet's own credentials. A pod that reaches it can act as the node in the cloud account.",
      remediation:
        'Block egress to 169.254.169.254/32 from pods with a NetworkPolicy (an ipBlock with except) or the CNI, require IMDSv2 with a hop limit of 1 on AWS, use GKE Workload Identity / the metadata concealment proxy, or Azure Workload Identity.',
      references: { nsa: ['network.cloud-infrastructure'], mitre: ['T1552.005'], microsoft: ['MS-TA9033'], kcsa: ['platform-security'], docs: ['https://kubernetes.io/docs/concepts/security/security-checklist/#network-security'] },
    },
    run: () => undefined,
  }),
} as const satisfies Record<string, Check>;

export type ProbeCheck = keyof typeof PROBE_CHECKS;

/** One GET a probe makes, and how to read its answer. */
export interface ProbeRequest {
  readonly check: ProbeCheck;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** What an open door looks like: the status and what the body starts with. */
  readonly open: (status: number, head: string) => { severity: Severity; message: string } | undefined;
}

const looksLike = (head: string, marker: string): boolean => head.includes(marker);

export const APISERVER_REQUESTS: readonly ProbeRequest[] = [
  {
    check: 'apiserver',
    path: '/api/v1/pods?limit=1',
    open: (s, h) => (s === 200 && looksLike(h, 'PodList') ? { severity: 'critical', message: 'anonymous users can list pods (and so read their environment and find every workload)' } : undefined),
  },
  {
    check: 'apiserver',
    path: '/api',
    open: (s, h) => (s === 200 && looksLike(h, 'APIVersions') ? { severity: 'medium', message: 'anonymous users can read API discovery (/api), which Kubernetes grants only to authenticated users' } : undefined),
  },
  {
    check: 'apiserver',
    path: '/apis',
    open: (s, h) => (s === 200 && looksLike(h, 'APIGroupList') ? { severity: 'medium', message: 'anonymous users can read API discovery (/apis), which Kubernetes grants only to authenticated users' } : undefined),
  },
  {
    check: 'apiserver',
    path: '/version',
    open: (s, h) => (s === 200 && looksLike(h, 'gitVersion') ? { severity: 'low', message: 'anonymous requests are accepted (--anonymous-auth is on): /version tells anyone the exact Kubernetes version' } : undefined),
  },
];

export const KUBELET_REQUESTS: readonly ProbeRequest[] = [
  {
    check: 'kubelet',
    path: '/pods',
    open: (s, h) =>
      s === 200 && looksLike(h, 'PodList')
        ? { severity: 'critical', message: 'the kubelet lists its pods to an unauthenticated client; its /run and /exec endpoints are as open' }
        : s === 403
          ? { severity: 'low', message: 'the kubelet accepts anonymous requests (authorization denied this one): anonymous authentication should be off' }
          : undefined,
  },
  {
    check: 'kubelet',
    path: '/runningpods/',
    open: (s, h) => (s === 200 && looksLike(h, 'PodList') ? { severity: 'critical', message: 'the kubelet lists its running pods to an unauthenticated client' } : undefined),
  },
];

export const READ_ONLY_REQUESTS: readonly ProbeRequest[] = [
  {
    check: 'readOnlyPort',
    path: '/pods',
    open: (s, h) => (s === 200 && looksLike(h, 'PodList') ? { severity: 'high', message: "the kubelet's read-only port serves every pod on the node, with its environment, over plain HTTP" } : undefined),
  },
];

export const ETCD_REQUESTS: readonly ProbeRequest[] = [
  {
    check: 'etcd',
    path: '/version',
    open: (s, h) => (s === 200 && looksLike(h, 'etcdserver') ? { severity: 'critical', message: 'etcd answers a client without a certificate: the whole cluster state, Secrets included, is readable and writable' } : undefined),
  },
];

export const METADATA_REQUESTS: readonly ProbeRequest[] = [
  { check: 'metadata', path: '/latest/meta-data/', open: (s) => metadataOpen(s, 'AWS instance metadata (IMDS)') },
  { check: 'metadata', path: '/computeMetadata/v1/', headers: { 'Metadata-Flavor': 'Google' }, open: (s) => metadataOpen(s, 'Google Cloud metadata server') },
  { check: 'metadata', path: '/metadata/instance?api-version=2021-02-01', headers: { Metadata: 'true' }, open: (s) => metadataOpen(s, 'Azure Instance Metadata Service') },
];

function metadataOpen(status: number, service: string): { severity: Severity; message: string } | undefined {
  if (status === 200) return { severity: 'high', message: `this pod can reach the ${service} and it answered with data` };
  // IMDSv2 answers 401 without a session token: reachable all the same, one PUT away from credentials
  if (status === 401 || status === 403) return { severity: 'medium', message: `this pod can reach the ${service} (it asked for a token or header first)` };
  return undefined;
}

/** Dashboards recognised among Services, and the data endpoint that needs a login when one is required. */
export interface DashboardKind {
  readonly name: string;
  readonly matches: (service: { name: string; labels: Readonly<Record<string, string>> }) => boolean;
  readonly request: ProbeRequest;
}

const named = (...patterns: RegExp[]) => (s: { name: string; labels: Readonly<Record<string, string>> }): boolean =>
  patterns.some((p) => p.test(s.name) || p.test(s.labels['app.kubernetes.io/name'] ?? '') || p.test(s.labels['k8s-app'] ?? '') || p.test(s.labels.app ?? ''));

const dashboardRequest = (path: string, marker: string, severity: Severity, what: string): ProbeRequest => ({
  check: 'dashboard',
  path,
  open: (s, h) => (s === 200 && looksLike(h, marker) ? { severity, message: `${what} answers ${path} without a login` } : undefined),
});

export const DASHBOARDS: readonly DashboardKind[] = [
  { name: 'Kubernetes Dashboard', matches: named(/^kubernetes-dashboard(-web|-api|-kong-proxy)?$/), request: dashboardRequest('/api/v1/namespace', 'namespaces', 'high', 'the Kubernetes Dashboard') },
  { name: 'Argo CD', matches: named(/^argocd-server$/), request: dashboardRequest('/api/v1/applications', 'items', 'high', 'Argo CD') },
  { name: 'Weave Scope', matches: named(/^weave-scope-app$/), request: dashboardRequest('/api/topology', 'name', 'high', 'Weave Scope') },
  { name: 'Grafana', matches: named(/^grafana$/, /-grafana$/), request: dashboardRequest('/api/org', '"name"', 'medium', 'Grafana') },
  { name: 'Prometheus', matches: named(/^prometheus(-server|-k8s)?$/, /-prometheus$/), request: dashboardRequest('/api/v1/status/config', 'yaml', 'medium', 'Prometheus') },
  { name: 'Kibana', matches: named(/^kibana$/, /-kibana$/, /-kb-http$/), request: dashboardRequest('/api/status', 'status', 'medium', 'Kibana') },
];
