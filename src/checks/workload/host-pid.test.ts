import check from './host-pid.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'unset and false, even with SYS_PTRACE',
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: s}
        spec:
          template:
            spec:
              hostPID: false
              containers:
              - name: debugger
                image: gdb
                securityContext: {capabilities: {add: [SYS_PTRACE]}}
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - {name: app, image: nginx}
      `,
    },
  ],
  fail: [
    {
      name: 'hostPID alone',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  hostPID: true
                  containers:
                  - {name: ps, image: busybox}
      `,
      findings: [{ line: 9, message: /^pod shares the node's process namespace \(spec.hostPID: true\): container "ps" sees every process on the node$/ }],
    },
    {
      name: 'hostPID with a privileged container and a SYS_PTRACE ephemeral container says they can take over host processes',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: app
                image: app
              - name: shell
                image: busybox
                securityContext: {privileged: true}
              ephemeralContainers:
              - name: debug
                image: gdb
                securityContext: {capabilities: {add: [cap_sys_ptrace]}}
              hostPID: true
      `,
      findings: [{ line: 17, message: 'container "shell" is privileged, ephemeral container "debug" adds SYS_PTRACE, so it can take over host processes' }],
    },
  ],
});
