import check from './host-network.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'unset and false',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: a}
        spec:
          containers:
          - {name: app, image: nginx}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: b}
        spec:
          template:
            spec:
              hostNetwork: false
              containers:
              - {name: app, image: nginx}
      `,
    },
    {
      name: 'a string "true" is not the boolean (the API server would reject it)',
      yaml: yaml`
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"},
         "spec": {"hostNetwork": "true", "containers": [{"name": "app", "image": "nginx"}]}}
      `,
    },
  ],
  fail: [
    {
      name: 'DaemonSet with hostNetwork: names every container',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: cni}
        spec:
          template:
            spec:
              hostNetwork: true
              initContainers:
              - {name: install, image: cni}
              containers:
              - {name: agent, image: cni}
      `,
      findings: [{ line: 7, message: 'spec.hostNetwork: true): containers "agent", "install" see every interface', severity: 'high' }],
    },
    {
      name: 'ReplicationController and bare Pod, YAML 1.1 "on"',
      yaml: yaml`
        apiVersion: v1
        kind: ReplicationController
        metadata: {name: rc}
        spec:
          template:
            spec:
              containers:
              - {name: web, image: nginx}
              hostNetwork: on
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          hostNetwork: true
          containers:
          - {name: solo, image: nginx}
      `,
      findings: [
        { line: 9, message: 'container "web" sees every interface' },
        { line: 15, message: 'container "solo" sees every interface' },
      ],
    },
  ],
});
