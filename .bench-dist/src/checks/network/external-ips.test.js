import check from './external-ips.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'no externalIPs, or an empty list',
            yaml: yaml `
        apiVersion: v1
        kind: Service
        metadata: {name: a}
        spec:
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: b}
        spec:
          type: LoadBalancer
          externalIPs: []
          ports: [{port: 80}]
      `,
        },
    ],
    fail: [
        {
            name: 'ClusterIP and NodePort Services with externalIPs',
            yaml: yaml `
        apiVersion: v1
        kind: Service
        metadata: {name: dns, namespace: tools}
        spec:
          ports: [{port: 53, protocol: UDP}]
          externalIPs:
          - 8.8.8.8
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: NodePort
          externalIPs: [192.0.2.10, 192.0.2.11]
          ports: [{port: 80}]
      `,
            findings: [
                { line: 6, severity: 'high', message: 'Service "dns" claims externalIPs 8.8.8.8: traffic for that address is redirected' },
                { line: 14, message: 'Service "web" claims externalIPs 192.0.2.10, 192.0.2.11' },
            ],
        },
    ],
});
//# sourceMappingURL=external-ips.test.js.map