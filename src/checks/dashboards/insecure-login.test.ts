import { testCheck } from '../testing.js';
import check from './insecure-login.js';
import { INGRESS, INSECURE_LOGIN, lineOf, RECOMMENDED, SKIP_LOGIN } from './fixtures.js';

testCheck(check, {
  pass: [
    { name: 'recommended.yaml as shipped (v2.0.4)', yaml: RECOMMENDED },
    { name: 'skip-login only', yaml: SKIP_LOGIN },
  ],
  fail: [
    {
      name: 'recommended.yaml with --enable-insecure-login',
      yaml: INSECURE_LOGIN,
      findings: [{ line: lineOf(INSECURE_LOGIN, '- --enable-insecure-login'), severity: 'medium', message: 'runs with --enable-insecure-login' }],
    },
    {
      name: 'insecure login behind an Ingress: high',
      yaml: INSECURE_LOGIN + INGRESS,
      findings: [{ severity: 'high', message: 'reachable from outside the cluster (Ingress kubernetes-dashboard/dashboard → Service kubernetes-dashboard/kubernetes-dashboard)' }],
    },
  ],
});
