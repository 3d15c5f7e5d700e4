/**
 * Dashboard fixtures built from real upstream manifests: the Kubernetes Dashboard's recommended.yaml
 * (test/fixtures/real, v2.0.4) as shipped, and the insecure variants tutorials make of it; excerpts of
 * Argo CD's, Weave Scope's and kube-ops-view's install manifests.
 */
import { readFileSync } from 'node:fs';

/** kubernetes/dashboard aio/deploy/recommended.yaml, verbatim: ClusterIP, minimal RBAC, login required. */
export const RECOMMENDED = readFileSync(new URL('../../../../test/fixtures/real/kubernetes-dashboard.yaml', import.meta.url), 'utf8');

const ARGS = '            - --namespace=kubernetes-dashboard\n';

function withArgs(...extra: string[]): string {
  if (!RECOMMENDED.includes(ARGS)) throw new Error('recommended.yaml changed: no --namespace argument');
  return RECOMMENDED.replace(ARGS, ARGS + extra.map((a) => `            - ${a}\n`).join(''));
}

/** The "skip the login" tutorial variant. */
export const SKIP_LOGIN = withArgs('--enable-skip-login');
/** Login over HTTP, as tutorials do with `kubectl proxy` or an HTTP Ingress. */
export const INSECURE_LOGIN = withArgs('--enable-insecure-login', '--insecure-bind-address=0.0.0.0');
/** The flag written false: what pflag leaves is false. */
export const SKIP_LOGIN_FALSE = withArgs('--enable-skip-login=false');

const SERVICE_SPEC = 'spec:\n  ports:\n    - port: 443\n      targetPort: 8443\n';

/** The Dashboard's Service changed to NodePort, the most common way tutorials reach it. */
export const NODEPORT = RECOMMENDED.replace(SERVICE_SPEC, 'spec:\n  type: NodePort\n  ports:\n    - port: 443\n      targetPort: 8443\n      nodePort: 30443\n');

/** The old "give the dashboard admin rights" tutorial: its own account bound to cluster-admin. */
export const CLUSTER_ADMIN_BINDING = `
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: kubernetes-dashboard-admin
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: kubernetes-dashboard
    namespace: kubernetes-dashboard
`;

/** The Dashboard docs' dashboard-adminuser.yaml: a separate admin account whose token people log in with. */
export const ADMIN_USER = `
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: admin-user
  namespace: kubernetes-dashboard
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admin-user
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
- kind: ServiceAccount
  name: admin-user
  namespace: kubernetes-dashboard
`;

/** An Ingress in front of the Dashboard's Service. */
export const INGRESS = `
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: dashboard
  namespace: kubernetes-dashboard
spec:
  rules:
  - host: dashboard.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: kubernetes-dashboard
            port:
              number: 443
`;

/** Default-deny ingress in the Dashboard's namespace: traffic from outside the cluster is dropped. */
export const DENY_INGRESS = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
  namespace: kubernetes-dashboard
spec:
  podSelector: {}
  policyTypes: [Ingress]
`;

/** argoproj/argo-cd manifests/install.yaml (v2.9), excerpt: argocd-server with its RBAC and parameters ConfigMap. */
export function argoCd(params: Record<string, string> = {}, extra: { args?: string[]; anonymous?: boolean; serviceType?: string } = {}): string {
  const data = Object.entries(params).map(([k, v]) => `  ${k}: "${v}"`).join('\n');
  return `apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    app.kubernetes.io/name: argocd-cmd-params-cm
    app.kubernetes.io/part-of: argocd
  name: argocd-cmd-params-cm
  namespace: argocd
${data ? `data:\n${data}` : ''}
---
apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    app.kubernetes.io/name: argocd-cm
    app.kubernetes.io/part-of: argocd
  name: argocd-cm
  namespace: argocd
${extra.anonymous ? 'data:\n  users.anonymous.enabled: "true"' : ''}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  labels:
    app.kubernetes.io/component: server
    app.kubernetes.io/name: argocd-server
    app.kubernetes.io/part-of: argocd
  name: argocd-server
  namespace: argocd
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: argocd-server
  namespace: argocd
rules:
- apiGroups: [""]
  resources: [secrets, configmaps]
  verbs: [create, get, list, watch, update, patch, delete]
- apiGroups: [argoproj.io]
  resources: [applications, appprojects, applicationsets]
  verbs: [create, get, list, watch, update, delete, patch]
- apiGroups: [""]
  resources: [events]
  verbs: [create, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: argocd-server
  namespace: argocd
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: argocd-server
subjects:
- kind: ServiceAccount
  name: argocd-server
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app.kubernetes.io/name: argocd-server
  name: argocd-server
  namespace: argocd
spec:
${extra.serviceType ? `  type: ${extra.serviceType}\n` : ''}  ports:
  - name: http
    port: 80
    protocol: TCP
    targetPort: 8080
  - name: https
    port: 443
    protocol: TCP
    targetPort: 8080
  selector:
    app.kubernetes.io/name: argocd-server
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/component: server
    app.kubernetes.io/name: argocd-server
    app.kubernetes.io/part-of: argocd
  name: argocd-server
  namespace: argocd
spec:
  selector:
    matchLabels:
      app.kubernetes.io/name: argocd-server
  template:
    metadata:
      labels:
        app.kubernetes.io/name: argocd-server
    spec:
      containers:
      - args:
        - /usr/local/bin/argocd-server
${(extra.args ?? []).map((a) => `        - ${a}\n`).join('')}        env:
        - name: ARGOCD_SERVER_INSECURE
          valueFrom:
            configMapKeyRef:
              key: server.insecure
              name: argocd-cmd-params-cm
              optional: true
        - name: ARGOCD_SERVER_DISABLE_AUTH
          valueFrom:
            configMapKeyRef:
              key: server.disable.auth
              name: argocd-cmd-params-cm
              optional: true
        image: quay.io/argoproj/argocd:v2.9.3
        imagePullPolicy: Always
        name: argocd-server
        ports:
        - containerPort: 8080
        - containerPort: 8083
      serviceAccountName: argocd-server
`;
}

/** weaveworks/scope examples/k8s (v1.13), excerpt: the app (the UI, no authentication) and the probe DaemonSet on the same image. */
export function weaveScope(serviceType?: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: weave
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: weave-scope-app
  namespace: weave
  labels:
    name: weave-scope-app
    app: weave-scope
    weave-cloud-component: scope
    weave-scope-component: app
spec:
  replicas: 1
  selector:
    matchLabels:
      app: weave-scope
      weave-scope-component: app
  template:
    metadata:
      labels:
        name: weave-scope-app
        app: weave-scope
        weave-cloud-component: scope
        weave-scope-component: app
    spec:
      containers:
        - name: app
          image: docker.io/weaveworks/scope:1.13.2
          args:
            - '--no-probe'
          ports:
            - containerPort: 4040
              protocol: TCP
---
apiVersion: v1
kind: Service
metadata:
  name: weave-scope-app
  namespace: weave
spec:
${serviceType ? `  type: ${serviceType}\n` : ''}  ports:
    - name: app
      port: 80
      protocol: TCP
      targetPort: 4040
  selector:
    app: weave-scope
    weave-scope-component: app
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: weave-scope-agent
  namespace: weave
  labels:
    app: weave-scope
    weave-scope-component: agent
spec:
  selector:
    matchLabels:
      app: weave-scope
      weave-scope-component: agent
  template:
    metadata:
      labels:
        app: weave-scope
        weave-scope-component: agent
    spec:
      containers:
        - name: scope-agent
          image: docker.io/weaveworks/scope:1.13.2
          args:
            - '--mode=probe'
            - '--probe-only'
            - '--probe.docker=true'
            - 'weave-scope-app.weave.svc.cluster.local.:80'
      hostPID: true
      hostNetwork: true
`;
}

/** Text of the line holding \`fragment\` (1-based), for expected finding lines. */
export function lineOf(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  if (at === -1) throw new Error(`fixture lacks ${fragment}`);
  return text.slice(0, at).split('\n').length;
}
