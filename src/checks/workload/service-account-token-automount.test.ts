import check from './service-account-token-automount.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'a kubeadm static pod manifest (a control-plane component in a bare Pod): the kubelet runs it with no service account',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: kube-scheduler
          namespace: kube-system
          labels: {component: kube-scheduler, tier: control-plane}
        spec:
          hostNetwork: true
          containers:
          - name: kube-scheduler
            image: registry.k8s.io/kube-scheduler:v1.31.0
            command: [kube-scheduler, --kubeconfig=/etc/kubernetes/scheduler.conf, --leader-elect=true]
      `,
    },
    {
      name: 'a mirror pod as the API server lists it (config.mirror annotation, owned by its Node)',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: node-agent-worker-1
          namespace: kube-system
          annotations: {kubernetes.io/config.mirror: 0123abcd, kubernetes.io/config.source: file}
          ownerReferences:
          - {apiVersion: v1, kind: Node, name: worker-1, controller: true, uid: 8bb39b2c-8cb0-4390-94e6-74d5e3fe7c16}
        spec:
          containers:
          - {name: agent, image: registry.example.com/agent:1.0}
      `,
    },
    {
      name: 'an account that a RoleBinding grants something calls the API: its token is needed',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: operator, namespace: ops}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata: {name: operator, namespace: ops}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: operator}
        subjects:
        - {kind: ServiceAccount, name: operator, namespace: ops}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: operator, namespace: ops}
        spec:
          template:
            spec:
              serviceAccountName: operator
              containers: [{name: op, image: x}]
      `,
    },
    {
      name: 'false on the pod wins over the ServiceAccount',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: app}
        automountServiceAccountToken: true
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: app
          automountServiceAccountToken: false
          containers:
          - {name: app, image: nginx}
      `,
    },
    {
      name: 'false on the ServiceAccount, named through the deprecated serviceAccount field',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: builder, namespace: ci}
        automountServiceAccountToken: false
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: {name: build, namespace: ci}
        spec:
          template:
            spec:
              serviceAccount: builder
              containers:
              - {name: build, image: kaniko}
      `,
    },
    {
      name: 'false on the default ServiceAccount covers pods that name none',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: default, namespace: web}
        automountServiceAccountToken: false
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d, namespace: web}
        spec:
          template:
            spec:
              containers:
              - {name: app, image: nginx}
      `,
    },
    {
      name: 'containers that mount their own volume at the token path get no token',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: app
            image: nginx
            volumeMounts: [{name: empty, mountPath: /var/run/secrets/kubernetes.io/serviceaccount}]
          ephemeralContainers:
          - {name: debug, image: busybox}
          volumes:
          - {name: empty, emptyDir: {}}
      `,
    },
  ],
  fail: [
    {
      name: 'a group binding (system:serviceaccounts) says nothing about this workload; the message says no binding names it',
      yaml: yaml`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata: {name: all-sas}
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
        subjects:
        - {kind: Group, name: system:serviceaccounts, apiGroup: rbac.authorization.k8s.io}
        - {kind: ServiceAccount, name: web, namespace: other}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: web, namespace: shop}
        spec:
          serviceAccountName: web
          containers: [{name: app, image: x}]
      `,
      findings: [{ line: 12, message: 'does not appear to call the API' }],
    },
    {
      name: 'nothing set and no ServiceAccount in the input: points at the pod spec',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
              - {name: init, image: busybox}
              containers:
              - {name: app, image: nginx}
              - name: shielded
                image: nginx
                volumeMounts: [{name: empty, mountPath: /var/run/secrets/kubernetes.io/serviceaccount}]
              ephemeralContainers:
              - {name: debug, image: busybox}
              volumes:
              - {name: empty, emptyDir: {}}
      `,
      findings: [
        {
          line: 6,
          severity: 'low',
          message: 'pod mounts the API token of service account "default" into containers "app", "init": automountServiceAccountToken is unset on the pod spec and ServiceAccount "default" is not in the input, so it defaults to true',
        },
      ],
    },
    {
      name: 'true on the pod overrides false on the ServiceAccount: points at the field',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: ctl}
        automountServiceAccountToken: false
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              serviceAccountName: ctl
              automountServiceAccountToken: true
              containers:
              - {name: operator, image: operator}
      `,
      findings: [{ line: 13, message: 'into container "operator": automountServiceAccountToken: true on the pod spec overrides false on ServiceAccount "ctl"' }],
    },
    {
      name: 'a ServiceAccount that does not opt out, and one in another namespace, do not help',
      yaml: yaml`
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: agent, namespace: monitoring}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata: {name: agent, namespace: other}
        automountServiceAccountToken: false
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds, namespace: monitoring}
        spec:
          template:
            spec:
              serviceAccountName: agent
              containers:
              - {name: agent, image: agent}
      `,
      findings: [{ line: 15, message: 'ServiceAccount "agent" does not set it to false' }],
    },
  ],
});
