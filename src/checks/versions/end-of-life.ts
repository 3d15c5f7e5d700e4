import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { daysBetween } from '../../analysis/versions/data.js';
import { compareKubeVersions, formatKubeVersion, minorOf, parseKubeVersion } from '../../analysis/versions/version.js';
import { applies, describeGroup, reportOn, today, VERSION_DOCS, versionData, versionsOf } from './common.js';

export default defineCheck({
  meta: {
    id: 'versions.end-of-life',
    title: 'Kubernetes version past its end of life',
    severity: 'high',
    category: 'versions',
    area: 'versions',
    rationale:
      'The Kubernetes project maintains the three newest minor releases, about fourteen months each. After a ' +
      "release's end of life no patch is published for it, however severe: every CVE found later (such as " +
      'CVE-2018-1002105, which let any user with exec rights become cluster administrator) stays open on that ' +
      'cluster for good. Staying on a supported release is the precondition of every other control.',
    remediation: 'Upgrade the control plane one minor release at a time (kubeadm upgrade, or your provider\'s upgrade), then the nodes, until the cluster runs a supported release.',
    references: {
      nsa: ['upgrading.application-security'],
      mitre: ['T1190', 'T1068'],
      microsoft: ['MS-TA9004'],
      kcsa: ['platform-security'],
      docs: VERSION_DOCS,
    },
    options: {
      warnDays: option.integer(60, 'Report a release that reaches its end of life within this many days (at medium severity); 0 turns the early warning off.', { minimum: 0 }),
    },
  },
  applies,
  run(ctx) {
    const data = versionData();
    const now = today(ctx.config);
    const oldest = data.releases.releases.map((r) => parseKubeVersion(r.minor)!).sort(compareKubeVersions)[0];
    const supported = data.releases.releases.filter((r) => r.endOfLife >= now).map((r) => r.minor);
    for (const g of versionsOf(ctx).groups) {
      const line = data.line(minorOf(g.version));
      if (!line) {
        // older than the data's first line: long dead; newer than its last: the data cannot say
        if (oldest && compareKubeVersions(g.version, oldest) < 0) {
          ctx.report(reportOn(g, { message: `${describeGroup(g)}: Kubernetes ${minorOf(g.version)} is long past its end of life`, key: `${g.component} ${formatKubeVersion(g.version)}`, evidence: { minor: minorOf(g.version), supportedMinors: supported } }));
        }
        continue;
      }
      const left = daysBetween(now, line.endOfLife);
      if (left < 0) {
        ctx.report(
          reportOn(g, {
            message: `${describeGroup(g)}: Kubernetes ${line.minor} reached its end of life on ${line.endOfLife} (${-left} days ago) and gets no security patches`,
            key: `${g.component} ${formatKubeVersion(g.version)}`,
            evidence: { minor: line.minor, endOfLife: line.endOfLife, daysPastEndOfLife: -left, supportedMinors: supported, dataAsOf: data.asOf },
          }),
        );
      } else if (left <= ctx.options.warnDays && ctx.options.warnDays > 0) {
        ctx.report(
          reportOn(g, {
            severity: 'medium',
            message: `${describeGroup(g)}: Kubernetes ${line.minor} reaches its end of life on ${line.endOfLife}, in ${left} days: plan the upgrade`,
            key: `${g.component} ${formatKubeVersion(g.version)}`,
            evidence: { minor: line.minor, endOfLife: line.endOfLife, daysToEndOfLife: left, dataAsOf: data.asOf },
          }),
        );
      }
    }
  },
});
