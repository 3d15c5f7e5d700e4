import check from './capabilities-restricted.js';
import { testCheck, yaml } from '../testing.js';

testCheck(check, {
  pass: [{ name: 'a pod that meets the restricted standard', yaml: "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext:\n    runAsNonRoot: true\n    seccompProfile: {type: RuntimeDefault}\n  containers:\n  - name: app\n    image: nginx\n    securityContext:\n      allowPrivilegeEscalation: false\n      capabilities: {drop: [ALL]}\n" }],
  fail: [
    { name: 'violates capabilities_restricted', yaml: "apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\ntemplate:\n  spec:\n    securityContext:\n      runAsNonRoot: true\n      seccompProfile: {type: RuntimeDefault}\n    containers:\n    - name: a\n      image: x\n      securityContext:\n        allowPrivilegeEscalation: false\n", findings: [{ line: 12, message: "container \"a\" must set securityContext.capabilities.drop=[\"ALL\"]", severity: 'medium' }] },
    {
      // microservices-demo release/kubernetes-manifests.yaml writes drop: [all] in every container.
      name: 'drop: ["all"] in lower case: rejected by admission, but the runtime drops every capability (low)',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: emailservice}
        spec:
          template:
            spec:
              containers:
              - name: server
                image: gcr.io/google-samples/microservices-demo/emailservice:v0.5.1
                securityContext:
                  capabilities:
                    drop:
                      - all
      `,
      findings: [{ line: 12, severity: 'low', message: 'container "server" drops "all": the container runtime reads that as ALL', evidence: { dropSpelled: ['all'] } }],
    },
    {
      name: 'a lower-case "all" beside a forbidden added capability keeps the severity',
      yaml: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers:
          - name: a
            image: x
            securityContext:
              capabilities: {drop: [All], add: [SYS_TIME]}
      `,
      findings: [{ line: 9, severity: 'medium', message: 'drops "All"' }],
    },
  ],
});
