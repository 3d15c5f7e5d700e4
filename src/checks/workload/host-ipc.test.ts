import check from './host-ipc.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'unset and false',
      yaml: yaml`
        apiVersion: batch/v1
        kind: Job
        metadata: {name: j}
        spec:
          template:
            spec:
              hostIPC: false
              containers:
              - {name: job, image: busybox}
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
            - {name: app, image: nginx}
      `,
    },
  ],
  fail: [
    {
      name: 'ReplicaSet and PodTemplate with hostIPC',
      yaml: yaml`
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata: {name: rs}
        spec:
          template:
            spec:
              hostIPC: true
              containers:
              - {name: shm, image: app}
              - {name: sidecar, image: envoy}
        ---
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            hostIPC: yes
            containers:
            - {name: app, image: nginx}
      `,
      findings: [
        { line: 7, message: 'containers "shm", "sidecar" can reach the shared memory', severity: 'high' },
        { line: 17, message: 'container "app" can reach' },
      ],
    },
  ],
});
