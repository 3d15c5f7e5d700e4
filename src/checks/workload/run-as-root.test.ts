import check from './run-as-root.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'pod-level runAsNonRoot covers regular, init and ephemeral containers',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext: {runAsNonRoot: true}
          initContainers:
          - {name: init, image: busybox}
          containers:
          - {name: app, image: nginx}
          ephemeralContainers:
          - {name: debug, image: busybox}
      `,
    },
    {
      name: 'a non-zero runAsUser is enough, whatever runAsNonRoot says',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              securityContext: {runAsUser: 1000, runAsNonRoot: false}
              containers:
              - {name: app, image: nginx}
      `,
    },
    {
      name: 'the container overrides a root pod-level runAsUser and a false runAsNonRoot',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              securityContext: {runAsUser: 0, runAsNonRoot: false}
              containers:
              - name: db
                image: postgres
                securityContext: {runAsUser: 999}
              - name: sidecar
                image: envoy
                securityContext: {runAsNonRoot: true, runAsUser: 101}
      `,
    },
  ],
  fail: [
    {
      name: 'nothing set anywhere: points at the container',
      yaml: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx
      `,
      findings: [{ line: 8, message: /container "web" may run as root: .*unset on the pod and the container/, severity: 'high' }],
    },
    {
      name: 'the container turns off a pod-level runAsNonRoot',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            runAsNonRoot: true
          containers:
          - name: ok
            image: nginx
          - name: legacy
            image: legacy
            securityContext:
              runAsNonRoot: false
      `,
      findings: [{ line: 13, message: /container "legacy" may run as root: .*runAsNonRoot is false, set on the container/ }],
    },
    {
      name: 'pod-level runAsNonRoot: false decides for a container that sets nothing',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: false
              containers:
              - name: job
                image: busybox
      `,
      findings: [{ line: 8, message: /container "job" may run as root: .*set on the pod/ }],
    },
    {
      name: 'explicit root at pod level, even with runAsNonRoot: true on the container',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  securityContext:
                    runAsUser: 0
                  containers:
                  - name: backup
                    image: backup
                    securityContext: {runAsNonRoot: true}
      `,
      findings: [{ line: 10, message: /container "backup" runs as root: securityContext.runAsUser is 0, set on the pod .*contradicts/ }],
    },
    {
      name: 'explicit root on the container beats a non-root pod-level runAsUser',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          template:
            spec:
              securityContext: {runAsUser: 1000, runAsNonRoot: true}
              containers:
              - name: agent
                image: agent
                securityContext:
                  runAsUser: 0
      `,
      findings: [{ line: 12, message: /container "agent" runs as root: .*set on the container/ }],
    },
    {
      name: 'an init container and an ephemeral container that set nothing, beside a safe container',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            initContainers:
            - name: migrate
              image: migrate
            containers:
            - name: app
              image: app
              securityContext: {runAsUser: 1000}
            ephemeralContainers:
            - name: debug
              image: busybox
      `,
      findings: [
        { line: 7, message: 'init container "migrate"' },
        { line: 14, message: 'ephemeral container "debug"' },
      ],
    },
    {
      name: 'a user namespace (hostUsers: false) lowers the finding to low and says why',
      yaml: yaml`
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "v1",
              "kind": "Pod",
              "metadata": {"name": "userns"},
              "spec": {
                "hostUsers": false,
                "containers": [{"name": "app", "image": "nginx", "securityContext": {"runAsUser": 0}}]
              }
            }
          ]
        }
      `,
      findings: [{ line: 11, severity: 'low', message: /container "app" runs as root: .*spec.hostUsers: false maps it to an unprivileged UID on the node/ }],
    },
  ],
});
