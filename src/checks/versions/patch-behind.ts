import { defineCheck } from '../check.js';
import { option } from '../options.js';
import { compareKubeVersions, formatKubeVersion, minorOf, parseKubeVersion } from '../../analysis/versions/version.js';
import { applies, describeGroup, reportOn, today, VERSION_DOCS, versionData, versionsOf } from './common.js';

export default defineCheck({
  meta: {
    id: 'versions.patch-behind',
    title: 'Kubernetes version behind the latest patch of its minor release',
    severity: 'medium',
    category: 'versions',
    area: 'versions',
    rationale:
      'Security fixes reach supported releases as patch releases (1.29.3 → 1.29.4), which change no API and ' +
      'are meant to be applied promptly. A component behind the newest patch of its line runs every bug the ' +
      'newer patches fixed, including the CVEs announced with them.',
    remediation: 'Apply the newest patch release of your minor version to the control plane (`kubeadm upgrade apply v1.N.P`, or your provider\'s patch upgrade) and to the kubelets of every node.',
    references: {
      nsa: ['upgrading.application-security'],
      mitre: ['T1190', 'T1068'],
      microsoft: ['MS-TA9004'],
      kcsa: ['platform-security'],
      docs: VERSION_DOCS,
    },
    options: {
      minPatchesBehind: option.integer(1, 'Report a version this many patch releases (or more) behind the newest patch of its minor.', { minimum: 1 }),
    },
  },
  applies,
  run(ctx) {
    const data = versionData();
    const now = today(ctx.config);
    for (const g of versionsOf(ctx).groups) {
      const line = data.line(minorOf(g.version));
      // a line past its end of life is versions.end-of-life's finding: its last patch does not make it safe
      if (!line || line.endOfLife < now) continue;
      const latest = parseKubeVersion(line.latest)!;
      if (compareKubeVersions(g.version, latest) >= 0) continue;
      const behind = (latest.patch ?? 0) - (g.version.patch ?? 0);
      if (behind < ctx.options.minPatchesBehind && g.version.prerelease === undefined) continue;
      ctx.report(
        reportOn(g, {
          message: `${describeGroup(g)} is ${g.version.prerelease ? 'a pre-release of' : `${behind} patch release${behind === 1 ? '' : 's'} behind`} ${formatKubeVersion(latest)}, the newest patch of ${line.minor} (as of ${data.releases.asOf})`,
          key: `${g.component} ${formatKubeVersion(g.version)}`,
          evidence: { latest: line.latest, patchesBehind: behind, dataAsOf: data.releases.asOf },
        }),
      );
    }
  },
});
