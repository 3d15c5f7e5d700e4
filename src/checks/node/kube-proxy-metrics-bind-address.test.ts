import check from './kube-proxy-metrics-bind-address.js';
import { testCheck, yaml } from '../testing.js';

const configMap = (address: string): string => yaml`
  apiVersion: v1
  kind: ConfigMap
  metadata: {name: kube-proxy, namespace: kube-system}
  data:
    config.conf: |-
      apiVersion: kubeproxy.config.k8s.io/v1alpha1
      kind: KubeProxyConfiguration
      metricsBindAddress: "${address}"
      mode: iptables
`;

testCheck(check, {
  pass: [
    { name: 'kubeadm: empty means the 127.0.0.1:10249 default', yaml: configMap('') },
    { name: 'loopback', yaml: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmetricsBindAddress: 127.0.0.1:10249\n' },
  ],
  fail: [
    { name: 'all interfaces in the ConfigMap', yaml: configMap('0.0.0.0:10249'), findings: [{ message: 'serves metrics on 0.0.0.0:10249' }] },
    { name: 'IPv6 any', yaml: 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmetricsBindAddress: "[::]:10249"\n', findings: [{ message: '[::]:10249' }] },
    {
      name: 'flag on the DaemonSet',
      yaml: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: {name: kube-proxy, namespace: kube-system}
        spec:
          selector: {matchLabels: {k8s-app: kube-proxy}}
          template:
            metadata: {labels: {k8s-app: kube-proxy}}
            spec:
              containers:
              - name: kube-proxy
                image: registry.k8s.io/kube-proxy:v1.31.2
                command: [/usr/local/bin/kube-proxy, --config=/var/lib/kube-proxy/config.conf, --metrics-bind-address=0.0.0.0:10249]
      `,
      findings: [{ message: '--metrics-bind-address' }],
    },
  ],
});
