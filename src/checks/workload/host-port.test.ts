import check from './host-port.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'container ports only, and hostPort 0 (unset)',
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
                ports:
                - containerPort: 80
                - {containerPort: 443, hostPort: 0}
      `,
    },
  ],
  fail: [
    {
      name: 'every hostPort of every container, protocol and host IP named',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: ingress}
        spec:
          template:
            spec:
              containers:
              - name: controller
                image: ingress
                ports:
                - containerPort: 80
                  hostPort: 80
                - containerPort: 8443
                  hostPort: 443
                  hostIP: 10.0.0.1
                - containerPort: 53
                  protocol: UDP
                  hostPort: 53
      `,
      findings: [
        { line: 12, message: 'container "controller" binds node port 80/TCP (to container port 80) with ports[0].hostPort' },
        { line: 14, message: 'container "controller" binds node port 443/TCP on 10.0.0.1 (to container port 8443)' },
        { line: 18, message: 'node port 53/UDP' },
      ],
    },
    {
      name: 'init containers (e.g. restartable sidecars) count',
      yaml: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            spec:
              initContainers:
              - name: proxy
                image: envoy
                restartPolicy: Always
                ports: [{containerPort: 15000, hostPort: 15000}]
              containers:
              - {name: app, image: app}
      `,
      findings: [{ line: 11, message: 'init container "proxy" binds node port 15000/TCP' }],
    },
  ],
});
