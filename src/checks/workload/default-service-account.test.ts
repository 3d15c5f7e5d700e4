import check from './default-service-account.js';
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
      name: 'a dedicated account, by the current or the deprecated field',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              serviceAccountName: web
              containers:
              - {name: app, image: nginx}
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            spec:
              serviceAccountName: ""
              serviceAccount: legacy
              containers:
              - {name: app, image: nginx}
      `,
    },
  ],
  fail: [
    {
      name: 'no account named: points at the pod spec',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c, namespace: batch}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - {name: job, image: busybox}
                  - {name: sidecar, image: envoy}
      `,
      findings: [
        {
          line: 8,
          severity: 'low',
          message: 'pod runs containers "job", "sidecar" as the "default" service account of namespace "batch": spec.serviceAccountName is unset, so Kubernetes assigns "default"',
        },
      ],
    },
    {
      name: 'named explicitly, by either field',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          serviceAccountName: default
          containers:
          - {name: app, image: nginx}
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            serviceAccount: default
            containers:
            - {name: app, image: nginx}
      `,
      findings: [
        { line: 5, message: 'container "app" as the "default" service account of namespace "default": spec.serviceAccountName is "default"' },
        { line: 14, message: 'the deprecated spec.serviceAccount is "default"' },
      ],
    },
  ],
});
