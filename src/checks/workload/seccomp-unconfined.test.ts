import check from './seccomp-unconfined.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'pod-level RuntimeDefault covers regular, init and ephemeral containers',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              initContainers:
              - {name: init, image: busybox}
              containers:
              - {name: app, image: nginx}
              ephemeralContainers:
              - {name: debug, image: busybox}
      `,
    },
    {
      name: 'the container overrides an Unconfined pod; Localhost profiles count',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
          - name: a
            image: nginx
            securityContext: {seccompProfile: {type: RuntimeDefault}}
          - name: b
            image: nginx
            securityContext: {seccompProfile: {type: Localhost, localhostProfile: profiles/b.json}}
      `,
    },
    {
      name: 'deprecated annotations apply when the fields are unset',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            metadata:
              annotations:
                seccomp.security.alpha.kubernetes.io/pod: runtime/default
                container.seccomp.security.alpha.kubernetes.io/legacy: docker/default
            spec:
              containers:
              - {name: app, image: app}
              - {name: legacy, image: legacy}
      `,
    },
    {
      name: 'Windows pods have no seccomp',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: win}
        spec:
          os: {name: windows}
          containers:
          - {name: iis, image: iis}
      `,
    },
  ],
  fail: [
    {
      name: 'unset everywhere is medium: points at the container or its securityContext',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              initContainers:
              - name: init
                image: busybox
                securityContext: {runAsNonRoot: true}
              containers:
              - name: job
                image: busybox
      `,
      findings: [
        { line: 10, severity: 'medium', message: /init container "init" has no seccomp profile: .*unless the kubelet runs with --seccomp-default/ },
        { line: 12, severity: 'medium', message: 'container "job" has no seccomp profile' },
      ],
    },
    {
      name: 'an Unconfined pod is high for each container that does not override it',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ds}
        spec:
          template:
            spec:
              securityContext:
                seccompProfile:
                  type: Unconfined
              containers:
              - name: agent
                image: agent
              - name: safe
                image: safe
                securityContext: {seccompProfile: {type: RuntimeDefault}}
      `,
      findings: [{ line: 9, severity: 'high', message: 'container "agent" runs with seccomp disabled: Unconfined, from securityContext.seccompProfile.type on the pod' }],
    },
    {
      name: 'Unconfined on an ephemeral container',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            securityContext: {seccompProfile: {type: RuntimeDefault}}
            containers:
            - {name: app, image: app}
            ephemeralContainers:
            - name: debug
              image: busybox
              securityContext:
                seccompProfile: {type: Unconfined}
      `,
      findings: [{ line: 13, severity: 'high', message: 'ephemeral container "debug" runs with seccomp disabled: Unconfined, from securityContext.seccompProfile.type on the container' }],
    },
    {
      name: "a container's annotation beats the pod field; the pod annotation fills in only where nothing else applies",
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                metadata:
                  annotations:
                    container.seccomp.security.alpha.kubernetes.io/tool: unconfined
                spec:
                  securityContext:
                    seccompProfile: {type: RuntimeDefault}
                  containers:
                  - {name: tool, image: tool}
                  - {name: app, image: app}
        ---
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            metadata:
              annotations: {seccomp.security.alpha.kubernetes.io/pod: unconfined}
            spec:
              containers:
              - {name: web, image: nginx}
              - name: pinned
                image: nginx
                securityContext: {seccompProfile: {type: RuntimeDefault}}
      `,
      findings: [
        { line: 10, severity: 'high', message: 'container "tool" runs with seccomp disabled: Unconfined, from the deprecated annotation container.seccomp.security.alpha.kubernetes.io/tool' },
        { line: 24, severity: 'high', message: 'container "web" runs with seccomp disabled: Unconfined, from the deprecated annotation seccomp.security.alpha.kubernetes.io/pod' },
      ],
    },
    {
      name: 'privileged containers get no seccomp filter, whatever the profile says',
      yaml: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs}
        spec:
          template:
            spec:
              securityContext:
                seccompProfile: {type: RuntimeDefault}
              containers:
              - name: app
                image: app
              - name: node-tool
                image: tool
                securityContext:
                  privileged: true
      `,
      findings: [{ line: 15, severity: 'high', message: 'container "node-tool" runs with seccomp disabled: it is privileged (securityContext.privileged: true), and runtimes apply no seccomp profile to privileged containers, so seccompProfile RuntimeDefault has no effect' }],
    },
  ],
});
