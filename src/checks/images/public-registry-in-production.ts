import { defineCheck, containerKey } from '../check.js';
import { describeContainer } from '../../analysis/security-context.js';
import { imageUsage } from '../../analysis/images/usage.js';
import { compilePolicy } from '../../analysis/images/policy.js';

export default defineCheck({
  meta: {
    id: 'images.public-registry-in-production',
    title: 'Production workload pulls from a public registry',
    severity: 'medium',
    category: 'images',
    area: 'supply-chain',
    rationale:
      'A production pod that pulls from a public registry (Docker Hub, ghcr.io, quay.io...) depends at every start on a service you do not control: ' +
      'an outage or rate limit (Docker Hub limits anonymous pulls) stops rollouts and rescheduling, and a compromised or re-pointed upstream repository reaches production directly. ' +
      'Production images belong in a registry you operate, copied there after scanning and signing. ' +
      'A namespace is production when it carries one of the `productionNamespaces` labels (default `environment`, `env` or `app.kubernetes.io/environment` set to `production` or `prod`) ' +
      'or its name matches one of the name globs (default `production`, `prod`, `*-prod`, `*-production`, `prod-*`). ' +
      'Images that match an explicitly configured trusted registry are not reported: that is a decision someone made.',
    remediation:
      'Copy the image into your registry (for example with `crane copy` or a pull-through cache) and reference the copy, pinned by digest:\n\n' +
      '```yaml\ncontainers:\n- name: app\n  image: registry.example.com/mirror/redis:7.2.4@sha256:<digest>\n```',
    references: {
      nsa: ['Pod security: building secure container images'],
      mitre: ['T1195.002'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/concepts/containers/images/'],
    },
  },
  run(ctx) {
    const policy = compilePolicy(ctx.config.images);
    const production = new Map<string, string | undefined>();
    const why = (namespace: string): string | undefined => {
      if (!production.has(namespace)) {
        const declared = ctx.inventory.get('Namespace', undefined, namespace);
        production.set(namespace, policy.productionNamespace(namespace, declared?.object.metadata.labels));
      }
      return production.get(namespace);
    };
    for (const use of imageUsage(ctx.inventory).uses) {
      const reason = why(use.pod.namespace);
      if (reason === undefined) continue;
      const publicPattern = policy.public(use.reference);
      if (publicPattern === undefined || policy.trusted(use.reference)) continue;
      ctx.report({
        object: use.pod.owner,
        pointer: use.pointer,
        key: containerKey(use.container, '/image'),
        message: `${describeContainer(use.container)} in production namespace "${use.pod.namespace}" (${reason}) pulls "${use.image}" from public registry ${use.reference.registry}`,
        evidence: { container: use.container.name, image: use.image, registry: use.reference.registry, namespace: use.pod.namespace, production: reason },
      });
    }
  },
});
