import check from './privileged.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'privileged false and unset',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: a
            image: nginx
            securityContext: {privileged: false}
          - name: b
            image: nginx
      `,
    },
  ],
  fail: [
    {
      name: 'privileged init container in a Deployment',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              initContainers:
              - name: setup
                image: busybox
                securityContext:
                  privileged: true
              containers:
              - name: app
                image: nginx
      `,
      findings: [{ line: 11, message: 'init container "setup"' }],
    },
    {
      name: 'YAML 1.1 boolean "yes" is true, as Kubernetes decodes it',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: job
                    image: busybox
                    securityContext: {privileged: yes}
      `,
      findings: [{ line: 12, message: 'container "job"' }],
    },
  ],
});
