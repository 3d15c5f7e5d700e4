import check from './pss-not-enforced.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'enforce baseline or restricted; system namespaces may be privileged',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels: {pod-security.kubernetes.io/enforce: restricted}
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: web
          labels: {pod-security.kubernetes.io/enforce: baseline, pod-security.kubernetes.io/enforce-version: v1.30}
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: kube-system
          labels: {pod-security.kubernetes.io/enforce: privileged}
      `,
        },
    ],
    fail: [
        {
            name: 'no labels at all',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
      `,
            findings: [{ line: 3, message: 'has no pod-security.kubernetes.io/enforce label', severity: 'medium' }],
        },
        {
            name: 'warn only, no enforce',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/warn: restricted
      `,
            findings: [{ line: 5, message: 'no pod-security.kubernetes.io/enforce' }],
        },
        {
            name: 'enforce privileged outside system namespaces',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: data
          labels:
            pod-security.kubernetes.io/enforce: privileged
      `,
            findings: [{ line: 6, message: '"privileged" Pod Security level', severity: 'high' }],
        },
        {
            name: 'an invalid level is reported (Kubernetes then enforces restricted)',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: data
          labels:
            pod-security.kubernetes.io/enforce: strict
      `,
            findings: [{ line: 5, message: 'Invalid value: "strict"', severity: 'low' }],
        },
    ],
});
//# sourceMappingURL=pss-not-enforced.test.js.map