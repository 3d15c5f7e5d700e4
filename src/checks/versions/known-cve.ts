import { defineCheck } from '../check.js';
import { affects } from '../../analysis/versions/data.js';
import { compareKubeVersions, formatKubeVersion, minorOf, parseKubeVersion } from '../../analysis/versions/version.js';
import { applies, describeGroup, reportOn, VERSION_DOCS, versionData, versionsOf } from './common.js';

export default defineCheck({
  meta: {
    id: 'versions.known-cve',
    title: 'Kubernetes component affected by a known CVE',
    severity: 'high',
    category: 'versions',
    area: 'versions',
    rationale:
      'Kubernetes publishes its security vulnerabilities in an official CVE feed, with the patch releases that ' +
      'fix them. A component older than the fix is exposed to an attack that is public and often scripted: ' +
      'CVE-2018-1002105 let any user allowed to exec into, attach to or port-forward a pod (or to reach an ' +
      'aggregated API) send arbitrary requests to kubelets and API extensions with the API server\'s own ' +
      'credentials, that is, become cluster administrator.',
    remediation: 'Upgrade the component to the fixed release named in the finding (or newer); until then apply the mitigation of the CVE\'s announcement.',
    references: {
      nsa: ['upgrading.application-security'],
      mitre: ['T1190', 'T1068'],
      microsoft: ['MS-TA9004'],
      kcsa: ['platform-security'],
      docs: ['https://kubernetes.io/docs/reference/issues-security/official-cve-feed/'],
    },
  },
  applies,
  run(ctx) {
    const data = versionData();
    for (const g of versionsOf(ctx).groups) {
      for (const cve of data.cvesOf(g.component)) {
        if (cve.platform !== undefined && !g.os.includes(cve.platform)) continue;
        const hit = affects(cve, g.version);
        if (!hit.affected) continue;
        // a fix the data names for a line that never shipped it (after lastAffected, an end-of-life line) means: move to a newer minor
        const fixed = hit.fixedIn !== undefined ? parseKubeVersion(hit.fixedIn) : undefined;
        const line = fixed ? data.line(minorOf(fixed)) : undefined;
        const shipped = fixed && line && compareKubeVersions(fixed, parseKubeVersion(line.latest)!) <= 0;
        const fix = fixed && shipped ? `fixed in ${formatKubeVersion(fixed)}` : `no fixed release of ${minorOf(g.version)} is known: upgrade to a newer minor release`;
        ctx.report(
          reportOn(g, {
            severity: cve.severity,
            message: `${describeGroup(g)} is affected by ${cve.id} (${cve.summary}); ${fix}`,
            key: `${g.component} ${formatKubeVersion(g.version)} ${cve.id}`,
            remediation: `Upgrade ${g.component} to ${fixed && shipped ? `${formatKubeVersion(fixed)} or newer` : 'a release that fixes it'}; see ${cve.url} for the affected versions and mitigations.`,
            evidence: { cve: cve.id, cvss: cve.cvss, score: cve.score, ...(fixed && shipped ? { fixedIn: formatKubeVersion(fixed) } : {}), ...(cve.platform ? { platform: cve.platform } : {}), url: cve.url, dataAsOf: data.cves.asOf },
          }),
        );
      }
    }
  },
});
