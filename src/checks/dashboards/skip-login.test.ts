import { testCheck } from '../testing.js';
import check from './skip-login.js';
import { ADMIN_USER, CLUSTER_ADMIN_BINDING, INSECURE_LOGIN, lineOf, NODEPORT, RECOMMENDED, SKIP_LOGIN, SKIP_LOGIN_FALSE } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'recommended.yaml as shipped (v2.0.4)', yaml: RECOMMENDED },
    { name: 'recommended.yaml with the docs\' admin-user account bound to cluster-admin', yaml: RECOMMENDED + ADMIN_USER },
    { name: '--enable-skip-login=false', yaml: SKIP_LOGIN_FALSE },
    { name: 'insecure login only', yaml: INSECURE_LOGIN },
  ],
  fail: [
    {
      name: 'recommended.yaml with --enable-skip-login',
      yaml: SKIP_LOGIN,
      findings: [{ line: lineOf(SKIP_LOGIN, '- --enable-skip-login'), severity: 'high', message: 'Kubernetes Dashboard container "kubernetes-dashboard" runs with --enable-skip-login', evidence: { power: 'limited', serviceAccount: 'kubernetes-dashboard' } }],
    },
    {
      name: 'skip-login and the dashboard account bound to cluster-admin: critical',
      yaml: SKIP_LOGIN + CLUSTER_ADMIN_BINDING,
      findings: [{ severity: 'critical', message: 'act as service account "kubernetes-dashboard" (cluster-admin)' }],
    },
    {
      name: 'skip-login on a NodePort: critical',
      yaml: NODEPORT.replace('            - --namespace=kubernetes-dashboard\n', '            - --namespace=kubernetes-dashboard\n            - --enable-skip-login=true\n'),
      findings: [{ severity: 'critical', message: /--enable-skip-login=true.*reachable from outside the cluster \(NodePort Service kubernetes-dashboard\/kubernetes-dashboard\)/ }],
    },
  ],
});
