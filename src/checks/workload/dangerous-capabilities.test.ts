import check from './dangerous-capabilities.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'harmless additions and drops only',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx
                securityContext:
                  capabilities:
                    drop: [ALL, SYS_ADMIN]
                    add: [NET_BIND_SERVICE, CHOWN]
      `,
    },
    {
      name: 'NET_RAW is the business of workload.net-raw-not-dropped',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: ping}
        spec:
          containers:
          - name: ping
            image: busybox
            securityContext:
              capabilities: {add: [NET_RAW]}
      `,
    },
  ],
  fail: [
    {
      name: 'SYS_ADMIN and ALL are critical, the rest high',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: agent}
        spec:
          template:
            spec:
              containers:
              - name: agent
                image: agent
                securityContext:
                  capabilities:
                    add:
                    - SYS_ADMIN
                    - NET_ADMIN
                    - CHOWN
                    - ALL
      `,
      findings: [
        { line: 13, message: /container "agent" adds capability SYS_ADMIN in securityContext.capabilities.add/, severity: 'critical' },
        { line: 14, message: /container "agent" adds capability NET_ADMIN/, severity: 'high' },
        { line: 16, message: /container "agent" adds capability ALL/, severity: 'critical' },
      ],
    },
    {
      name: 'any case, with or without CAP_; one finding for a capability listed twice',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: tracer
            image: tracer
            securityContext:
              capabilities:
                add:
                - cap_sys_ptrace
                - Sys_Module
                - SYS_PTRACE
      `,
      findings: [
        { line: 11, message: /container "tracer" adds capability SYS_PTRACE \(written "cap_sys_ptrace"\)/, severity: 'high' },
        { line: 12, message: /container "tracer" adds capability SYS_MODULE \(written "Sys_Module"\)/ },
      ],
    },
    {
      name: 'init and ephemeral containers in a CronJob',
      yaml: yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: c}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                  - name: net-setup
                    image: iptables
                    securityContext:
                      capabilities:
                        add: [NET_ADMIN]
                  containers:
                  - name: job
                    image: job
                  ephemeralContainers:
                  - name: debug
                    image: busybox
                    securityContext:
                      capabilities:
                        add:
                        - BPF
      `,
      findings: [
        { line: 14, message: 'init container "net-setup" adds capability NET_ADMIN' },
        { line: 24, message: 'ephemeral container "debug" adds capability BPF' },
      ],
    },
  ],
});
