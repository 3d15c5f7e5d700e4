import check from './allow-privilege-escalation.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'false on regular, init and ephemeral containers',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          initContainers:
          - name: init
            image: busybox
            securityContext: {allowPrivilegeEscalation: false}
          containers:
          - name: app
            image: nginx
            securityContext: {allowPrivilegeEscalation: false}
          ephemeralContainers:
          - name: debug
            image: busybox
            securityContext: {allowPrivilegeEscalation: false}
      `,
    },
    {
      name: 'YAML 1.1 "no" is false; unrelated capabilities do not force it',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              containers:
              - name: db
                image: postgres
                securityContext:
                  allowPrivilegeEscalation: no
                  capabilities: {add: [NET_BIND_SERVICE], drop: [ALL]}
      `,
    },
    {
      name: 'Windows pods are exempt (the field is rejected there)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: win}
        spec:
          template:
            spec:
              os: {name: windows}
              containers:
              - name: iis
                image: mcr.microsoft.com/windows/servercore/iis
      `,
    },
  ],
  fail: [
    {
      name: 'unset: points at the container, or at its securityContext when there is one',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: app
            image: nginx
          ephemeralContainers:
          - name: debug
            image: busybox
            securityContext:
              runAsNonRoot: true
      `,
      findings: [
        { line: 6, message: /container "app" .*allowPrivilegeEscalation is not set/ },
        { line: 11, message: 'ephemeral container "debug"' },
      ],
    },
    {
      name: 'explicit true on an init container of a DaemonSet',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              initContainers:
              - name: setup
                image: busybox
                securityContext:
                  allowPrivilegeEscalation: true
              containers:
              - name: agent
                image: agent
                securityContext: {allowPrivilegeEscalation: false}
      `,
      findings: [{ line: 11, message: /init container "setup" .*allowPrivilegeEscalation is true/ }],
    },
    {
      name: 'false is overridden by privileged: points at privileged',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              containers:
              - name: job
                image: busybox
                securityContext:
                  allowPrivilegeEscalation: false
                  privileged: true
      `,
      findings: [{ line: 12, message: /container "job" .*always true because it is privileged/ }],
    },
    {
      name: 'false is overridden by CAP_SYS_ADMIN in any spelling: points at the capability',
      yaml: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            spec:
              containers:
              - name: fuse
                image: fuse
                securityContext:
                  allowPrivilegeEscalation: false
                  capabilities:
                    add:
                    - NET_ADMIN
                    - cap_sys_admin
      `,
      findings: [{ line: 15, message: /container "fuse" .*because it adds CAP_SYS_ADMIN/ }],
    },
    {
      name: 'unset and privileged: mentions that it is always true',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
            - name: tool
              image: busybox
              securityContext:
                privileged: true
      `,
      findings: [{ line: 9, message: /container "tool" .*not set .*always true because it is privileged/ }],
    },
  ],
});
