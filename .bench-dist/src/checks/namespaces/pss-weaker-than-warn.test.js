import check from './pss-weaker-than-warn.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'warn equal to or weaker than enforce',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: a
          labels:
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/warn: restricted
            pod-security.kubernetes.io/audit: baseline
      `,
        },
    ],
    fail: [
        {
            name: 'warn and audit stricter than enforce',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tools
          labels:
            pod-security.kubernetes.io/enforce: baseline
            pod-security.kubernetes.io/warn: restricted
            pod-security.kubernetes.io/audit: restricted
      `,
            findings: [
                { line: 7, message: 'warns at "restricted" but enforces only "baseline"' },
                { line: 8, message: 'audits at "restricted"' },
            ],
        },
        {
            name: 'no enforce label means privileged',
            yaml: yaml `
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tools
          labels:
            pod-security.kubernetes.io/warn: baseline
      `,
            findings: [{ line: 6, message: 'enforces only "privileged"' }],
        },
    ],
});
//# sourceMappingURL=pss-weaker-than-warn.test.js.map