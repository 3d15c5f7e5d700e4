import { defineCheck } from '../check.js';
import { annotationWaivers, WAIVE_ANNOTATION_PREFIX } from '../../policy/exceptions.js';

export default defineCheck({
  meta: {
    id: 'exceptions.annotation-not-permitted',
    title: 'Waiver annotation that the configuration does not permit',
    severity: 'low',
    category: 'exceptions',
    area: 'compliance',
    rationale:
      `An annotation such as \`${WAIVE_ANNOTATION_PREFIX}pss.privileged\` is written by whoever writes the workload, so it would let a team exempt its own ` +
      'workload from a check without review. Rampart honours such annotations only when the configuration says so (`annotationWaivers: true`); ' +
      'otherwise the annotation waives nothing, and this finding says so, so that nobody believes a risk was accepted when it was not.',
    remediation:
      'Move the waiver to the reviewed exceptions file, with an owner and an expiry date, and remove the annotation:\n\n' +
      '```yaml\napiVersion: rampart.dev/v1\nkind: Exceptions\nexceptions:\n- checks: ["pss.privileged"]\n  resources: [{kind: Deployment, namespace: shop, name: debug}]\n  justification: "..."\n  owner: team@example.com\n  expires: 2027-01-31\n```',
    references: { mitre: ['T1562.001'], kcsa: ['compliance-frameworks'] },
  },
  applies: (inventory) => inventory.objects.some((o) => annotationWaivers(o.object.metadata.annotations).size > 0),
  run(ctx) {
    if (ctx.config.annotationWaivers === true) return;
    for (const o of ctx.inventory.objects) {
      for (const [check, reason] of annotationWaivers(o.object.metadata.annotations)) {
        const annotation = WAIVE_ANNOTATION_PREFIX + check;
        ctx.report({
          object: o,
          pointer: `/metadata/annotations/${annotation.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          key: annotation,
          message: `annotation ${annotation} ("${reason}") waives nothing: the configuration does not permit waiver annotations`,
          evidence: { annotation, reason },
        });
      }
    }
  },
});
