import { defineCheck } from '../check.js';
import { exceptionTarget, waiverKey } from './target.js';

export default defineCheck({
  meta: {
    id: 'exceptions.stale',
    title: 'Exception that matches no finding',
    severity: 'low',
    category: 'exceptions',
    area: 'compliance',
    rationale:
      'An exception that waives nothing is either left over from a problem that was fixed, or mistyped (a check id, a namespace, a name pattern), ' +
      'in which case the finding it was meant for is still counted. Either way the list of accepted risks no longer describes the cluster, and a ' +
      'stale entry can start to match again later, hiding a new problem under an old justification.',
    remediation: 'Delete the exception if the problem is fixed; otherwise correct its `checks` and `resources` so that it matches what it was written for.',
    references: { mitre: ['T1562.001'], kcsa: ['compliance-frameworks'] },
  },
  phase: 'policy',
  applies: (_inventory, { config }) => (config.exceptions ?? []).length > 0 || config.annotationWaivers === true,
  run(ctx) {
    for (const w of ctx.waivers ?? []) {
      if (w.status !== 'stale') continue;
      const what = w.kind === 'annotation' && w.object ? `the waiver annotation for ${w.checks[0]} on ${w.object.kind} "${w.object.name}"` : `the exception for ${w.checks.join(', ')}`;
      ctx.report({
        object: exceptionTarget(w),
        key: waiverKey(w),
        message: `${what} matches no finding`,
        evidence: { checks: w.checks, ...(w.resources ? { resources: w.resources } : {}), owner: w.owner },
      });
    }
  },
});
