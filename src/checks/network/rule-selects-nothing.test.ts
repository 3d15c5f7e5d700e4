import check from './rule-selects-nothing.js';
import { testCheck } from '../testing.js';
import { deploy, ns, policy } from './fixtures.js';

const base = ns('shop', { team: 'shop' }) + deploy('shop', 'api', { app: 'api' }) + deploy('kube-system', 'proxy', { app: 'proxy' });

testCheck(check, {
  pass: [
    { name: 'selectors that match', yaml: base + policy('shop', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shop' } }, podSelector: { matchLabels: { app: 'api' } } }] }] }) },
    { name: 'kube-dns is assumed even when absent', yaml: base + policy('shop', 'dns', { podSelector: {}, egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }] }] }) },
    { name: 'selected namespace has no pods in the input: cannot tell', yaml: base + ns('empty') + policy('shop', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'empty' } }, podSelector: { matchLabels: { app: 'x' } } }] }] }) },
  ],
  fail: [
    {
      name: 'a namespace label that no namespace has, and a pod label that no pod has',
      yaml: base + policy('shop', 'p', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'shopp' } } }, { podSelector: { matchLabels: { app: 'apii' } } }] }] }),
      findings: [
        { line: 40, message: 'NetworkPolicy "p" ingress[0]: podSelector app=apii matches no pod in namespace shop; did you mean app=api?' },
        { line: 40, message: 'NetworkPolicy "p" ingress[0]: namespaceSelector team=shopp matches no namespace; did you mean team=shop?' },
      ],
    },
  ],
});
