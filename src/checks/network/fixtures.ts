/** Manifests the network checks' tests share: short, so each test reads as a story. */
export function ns(name: string, labels: Record<string, string> = {}): string {
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n  labels: ${JSON.stringify(labels)}\n---\n`;
}

export function deploy(namespace: string, name: string, labels: Record<string, string>, spec = '', ports: { name: string; port: number; protocol?: string }[] = []): string {
  const p = ports.length ? `\n        ports: ${JSON.stringify(ports.map((x) => ({ name: x.name, containerPort: x.port, ...(x.protocol && { protocol: x.protocol }) })))}` : '';
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  template:\n    metadata:\n      labels: ${JSON.stringify(labels)}\n    spec:${spec}\n      containers:\n      - name: c\n        image: x${p}\n---\n`;
}

export function policy(namespace: string, name: string, spec: object): string {
  return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec: ${JSON.stringify(spec)}\n---\n`;
}

export const DENY_ALL = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };
