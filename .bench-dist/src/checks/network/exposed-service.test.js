import check from './exposed-service.js';
import { testCheck, yaml } from '../testing.js';
testCheck(check, {
    pass: [
        {
            name: 'ClusterIP (explicit and default), headless and ExternalName Services',
            yaml: yaml `
        apiVersion: v1
        kind: Service
        metadata: {name: api}
        spec:
          selector: {app: api}
          ports: [{port: 80, targetPort: 8080}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: db}
        spec:
          type: ClusterIP
          clusterIP: None
          ports: [{port: 5432}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: ext}
        spec:
          type: ExternalName
          externalName: db.example.com
      `,
        },
    ],
    fail: [
        {
            name: 'NodePort with a fixed and an allocated node port',
            yaml: yaml `
        apiVersion: v1
        kind: Service
        metadata: {name: admin, namespace: ops}
        spec:
          selector: {app: admin}
          type: NodePort
          ports:
          - {name: http, port: 80, targetPort: 8080, nodePort: 30080}
          - {name: metrics, port: 9090, protocol: TCP}
      `,
            findings: [
                {
                    line: 6,
                    severity: 'medium',
                    message: 'Service "admin" is type NodePort: port 80/TCP (node port 30080), port 9090/TCP (node port allocated on apply) open on every node',
                },
            ],
        },
        {
            name: 'LoadBalancer open to the world is high; restricted or internal ones are medium',
            yaml: yaml `
        apiVersion: v1
        kind: Service
        metadata: {name: public}
        spec:
          type: LoadBalancer
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: any-source}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [0.0.0.0/0]
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: office}
        spec:
          type: LoadBalancer
          loadBalancerSourceRanges: [203.0.113.0/24]
          allocateLoadBalancerNodePorts: false
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: private
          annotations:
            networking.gke.io/load-balancer-type: Internal
        spec:
          type: LoadBalancer
          ports: [{port: 443}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: legacy-ranges
          annotations:
            service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8, 192.168.0.0/16"
        spec:
          type: LoadBalancer
          ports: [{port: 443}]
      `,
            findings: [
                { line: 5, severity: 'high', message: 'Service "public" is type LoadBalancer: port 443/TCP (node port allocated on apply) on a load balancer open to any source address, and on every node' },
                { line: 12, severity: 'high', message: 'Service "any-source" is type LoadBalancer' },
                { line: 20, severity: 'medium', message: 'Service "office" is type LoadBalancer: port 443/TCP on a load balancer limited to 203.0.113.0/24' },
                { line: 32, severity: 'medium', message: 'internal load balancer (networking.gke.io/load-balancer-type: Internal)' },
                { line: 42, severity: 'medium', message: 'limited to 10.0.0.0/8, 192.168.0.0/16' },
            ],
        },
    ],
});
//# sourceMappingURL=exposed-service.test.js.map