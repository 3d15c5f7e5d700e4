import type { CaseOptions } from '../testing.js';

/** A Node as `kubectl get nodes -o yaml` shows it, with the kubelet version in its nodeInfo. */
export function node(name: string, kubeletVersion: string, os = 'linux'): string {
  return `apiVersion: v1
kind: Node
metadata:
  name: ${name}
status:
  nodeInfo:
    architecture: amd64
    containerRuntimeVersion: containerd://1.7.13
    kubeProxyVersion: ${kubeletVersion}
    kubeletVersion: ${kubeletVersion}
    operatingSystem: ${os}
`;
}

/** A kubeadm static pod of a control-plane component at an image tag. */
export function staticPod(component: 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler', tag: string, nodeName = 'cp-1'): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${component}-${nodeName}
  namespace: kube-system
  labels: {component: ${component}, tier: control-plane}
spec:
  hostNetwork: true
  nodeName: ${nodeName}
  containers:
  - name: ${component}
    image: registry.k8s.io/${component}:${tag}
    command:
    - ${component}
    - --profiling=false
`;
}

export function docs(...parts: string[]): string {
  return parts.join('---\n');
}

/** Fixed "today" so that end-of-life findings do not change with the calendar. */
export function on(today: string, extra: Partial<NonNullable<CaseOptions['config']>> = {}): CaseOptions {
  return { config: { sensitivity: { key: 'rampart.dev/sensitivity', value: 'high' }, pss: { level: 'restricted' }, today, ...extra } };
}
