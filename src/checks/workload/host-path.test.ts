import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import check, { classifyHostPath, normalizeHostPath } from './host-path.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [
    {
      name: 'no hostPath volumes',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: d}
        spec:
          template:
            spec:
              containers:
              - name: app
                image: nginx
                volumeMounts: [{name: tmp, mountPath: /tmp}]
              volumes:
              - {name: tmp, emptyDir: {}}
              - {name: cfg, configMap: {name: cfg}}
      `,
    },
  ],
  fail: [
    {
      name: 'an ordinary path is medium; mounts are described per container',
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
                volumeMounts:
                - {name: data, mountPath: /data, readOnly: true}
              initContainers:
              - name: prep
                image: busybox
                volumeMounts:
                - {name: data, mountPath: /data}
              volumes:
              - name: data
                hostPath:
                  path: /opt/agent/
      `,
      findings: [
        {
          line: 20,
          severity: 'medium',
          message: 'hostPath volume "data" exposes the node\'s "/opt/agent/"; mounted read-write by init container "prep"; read-only by container "agent"',
        },
      ],
    },
    {
      name: 'the runtime socket is critical, and read-only does not protect it',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: builder
            image: docker
            volumeMounts:
            - {name: sock, mountPath: /var/run/docker.sock, readOnly: true}
          volumes:
          - name: sock
            hostPath: {path: /var/run/docker.sock, type: Socket}
      `,
      findings: [
        {
          line: 12,
          severity: 'critical',
          message: /"\/var\/run\/docker.sock" \(the Docker socket: .*\); mounted read-only by container "builder" \(read-only does not stop a process from connecting to a socket\)/,
        },
      ],
    },
    {
      name: 'parents of sockets are critical; paths under sensitive ones inherit; sloppy slashes are normalized',
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
                    volumeMounts:
                    - {name: run, mountPath: /host/run}
                    - {name: kube, mountPath: /host/kube, readOnly: true}
                  volumes:
                  - name: run
                    hostPath:
                      path: //run/
                  - name: kube
                    hostPath:
                      path: /etc//kubernetes/pki
                  - name: root
                    hostPath:
                      path: /
      `,
      findings: [
        { line: 18, severity: 'critical', message: /"\/\/run\/", which contains \/run\/docker.sock .*; mounted read-write by container "job"/ },
        { line: 21, severity: 'high', message: /"\/etc\/\/kubernetes\/pki", under \/etc .*; mounted read-only by container "job"$/ },
        { line: 24, severity: 'critical', message: /"\/" \(the node's whole filesystem\); not mounted by any container/ },
      ],
    },
    {
      name: 'ephemeral containers count as mounters; kubelet state under /var/lib/kubelet',
      yaml: yaml`
        apiVersion: v1
        kind: PodTemplate
        metadata: {name: t}
        template:
          spec:
            containers:
            - {name: app, image: app}
            ephemeralContainers:
            - name: debug
              image: busybox
              volumeMounts: [{name: kubelet, mountPath: /kubelet}]
            volumes:
            - name: kubelet
              hostPath: {path: /var/lib/kubelet/pods}
      `,
      findings: [{ line: 14, severity: 'high', message: /under \/var\/lib\/kubelet .*; mounted read-write by ephemeral container "debug"/ }],
    },
  ],
});

describe('workload.host-path path table', () => {
  it('normalizes slashes, dots and trailing separators', () => {
    assert.equal(normalizeHostPath('//var//run/'), '/var/run');
    assert.equal(normalizeHostPath('/etc/./kubernetes/'), '/etc/kubernetes');
    assert.equal(normalizeHostPath('/'), '/');
    assert.equal(normalizeHostPath('\\\\.\\PIPE\\Docker_Engine'), '\\\\.\\pipe\\docker_engine');
  });
  it('takes the worst match, preferring the path itself to what it contains', () => {
    assert.equal(classifyHostPath('/var/run')?.entry.severity, 'critical');
    assert.equal(classifyHostPath('/var')?.entry.severity, 'critical');
    assert.equal(classifyHostPath('/var/lib/docker/overlay2')?.entry.path, '/var/lib/docker');
    assert.equal(classifyHostPath('/run/containerd')?.relation, 'contains');
    assert.equal(classifyHostPath('/etcetera'), undefined, 'a shared prefix is not a parent');
    assert.equal(classifyHostPath('/opt/data'), undefined);
    assert.equal(classifyHostPath('\\\\.\\pipe\\docker_engine')?.entry.severity, 'critical');
  });
});
