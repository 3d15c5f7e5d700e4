import { defineCheck } from '../check.js';
import { exceptionTarget, waiverKey } from './target.js';

export default defineCheck({
  meta: {
    id: 'exceptions.expired',
    title: 'Exception past its expiry date',
    severity: 'medium',
    category: 'exceptions',
    area: 'compliance',
    rationale:
      'An exception is a promise that a known risk is accepted for a while, by someone, for a reason. Past its expiry date the promise has lapsed: ' +
      'the waiver no longer applies, so the findings it covered count again, and the exception itself is reported so that its owner either fixes the ' +
      'problem or renews the decision with a new date. Exceptions that silently outlive their purpose are how accepted risks become permanent.',
    remediation:
      'Fix the findings the exception covered and delete it, or, if the risk is still accepted, renew it with a new date and justification:\n\n' +
      '```yaml\n- checks: ["pss.privileged"]\n  resources: [{kind: DaemonSet, namespace: monitoring, name: node-exporter}]\n  justification: "reads host metrics; reviewed 2026-11-24"\n  owner: platform@example.com\n  expires: 2027-05-31\n```',
    references: { mitre: ['T1562.001'], kcsa: ['compliance-frameworks'] },
  },
  phase: 'policy',
  applies: (_inventory, { config }) => (config.exceptions ?? []).some((e) => e.expires !== undefined),
  run(ctx) {
    for (const w of ctx.waivers ?? []) {
      if (w.status !== 'expired') continue;
      ctx.report({
        object: exceptionTarget(w),
        key: waiverKey(w),
        message: `the exception for ${w.checks.join(', ')} (owner ${w.owner ?? 'unknown'}) expired on ${w.expires}: it no longer waives anything`,
        evidence: { checks: w.checks, owner: w.owner, expires: w.expires, justification: w.justification },
      });
    }
  },
});
