// One supply-chain fixture shared by the signature and vulnerability check tests: five images,
// each in a different state, and OSV records that affect some of their packages.
import { digestOf, osvRecord, supplyChainFixture } from '../../analysis/images/testing.js';
import { yaml } from '../testing.js';

export const API = digestOf('a');
export const WEB = digestOf('b');
export const WORKER = digestOf('c');
export const BATCH = digestOf('d');

const LOG4J = 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1';
const LODASH = 'pkg:npm/lodash@4.17.20';
const LIBSSL = 'pkg:deb/debian/libssl3@3.0.11-1~deb12u1?arch=amd64&distro=debian-12.4&upstream=openssl';
const OPENSSL = 'pkg:deb/debian/openssl@3.0.11-1~deb12u1?arch=amd64&distro=debian-12.4';
const DJANGO = 'pkg:pypi/Django@4.2.1';

export const fixture = supplyChainFixture(
  [
    { repository: 'registry.example.com/shop/api', digest: API, tag: '1.4.2', signedBy: 'trusted', packages: [LOG4J, LODASH, LIBSSL, OPENSSL], os: ['debian', '12.4'] },
    { repository: 'registry.example.com/shop/web', digest: WEB, signedBy: 'stranger', packages: [DJANGO], sbomFormat: 'spdx' },
    { repository: 'registry.example.com/shop/worker', digest: WORKER, signedBy: 'copied' },
    { repository: 'registry.example.com/shop/batch', digest: BATCH },
    { repository: 'registry.example.com/shop/cron', tag: '2.0', packages: ['pkg:npm/lodash@4.17.21'] },
  ],
  [
    osvRecord('GHSA-jfh8-c2jp-5v3q', 'Maven', 'org.apache.logging.log4j:log4j-core', [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }], {
      aliases: ['CVE-2021-44228'],
      summary: 'Remote code injection in Log4j',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H' }],
    }),
    osvRecord('GHSA-35jh-r3h4-6jhm', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], {
      aliases: ['CVE-2021-23337'],
      summary: 'Command Injection in lodash',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' }],
    }),
    osvRecord('DEBIAN-CVE-2023-5678', 'Debian:12', 'openssl', [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }], { upstream: ['CVE-2023-5678'], details: 'Generating excessively long X9.42 DH keys is slow.' }),
    osvRecord('DEBIAN-CVE-2023-0001', 'Debian:11', 'openssl', [{ introduced: '0' }, { fixed: '1.1.1w-0+deb11u1' }]),
    osvRecord('PYSEC-2023-100', 'PyPI', 'django', [{ introduced: '4.2' }, { fixed: '4.2.2' }], { aliases: ['CVE-2023-36053', 'GHSA-jh3w-4vvf-mjgr'], database_specific: { severity: 'HIGH' } }),
    osvRecord('GHSA-jh3w-4vvf-mjgr', 'PyPI', 'Django', [{ introduced: '4.2a1' }, { fixed: '4.2.3' }], { aliases: ['CVE-2023-36053'], severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }] }),
    osvRecord('GHSA-old-withdrawn', 'npm', 'lodash', [{ introduced: '0' }], { withdrawn: '2025-01-01T00:00:00Z' }),
    '{ this is not json',
  ],
);
process.on('exit', () => fixture.cleanup());

export const CLUSTER = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: api, namespace: shop}
  spec:
    template:
      spec:
        containers:
        - name: api
          image: registry.example.com/shop/api:1.4.2@${API}
  ---
  apiVersion: v1
  kind: Pod
  metadata: {name: web, namespace: shop}
  spec:
    containers:
    - name: web
      image: registry.example.com/shop/web@${WEB}
    - name: worker
      image: registry.example.com/shop/worker@${WORKER}
    initContainers:
    - name: batch
      image: registry.example.com/shop/batch@${BATCH}
  ---
  apiVersion: batch/v1
  kind: CronJob
  metadata: {name: cron, namespace: shop}
  spec:
    schedule: "0 * * * *"
    jobTemplate:
      spec:
        template:
          spec:
            containers:
            - name: cron
              image: registry.example.com/shop/cron:2.0
`;

/** A cluster whose images are all signed and described, for passing cases. */
export const CLEAN = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: api, namespace: shop}
  spec:
    template:
      spec:
        containers:
        - name: api
          image: registry.example.com/shop/api@${API}
`;
