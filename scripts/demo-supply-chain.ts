/**
 * Writes the demo's supply-chain inputs (`npm start` runs it first):
 *
 *   node dist/scripts/demo-supply-chain.js [DIR]      (default demo/.supply-chain)
 *
 * - keys/acme-release.pub: the key Acme's release pipeline signs with (the only trusted one);
 * - signatures/: cosign material for four of the demo's pinned images: one verified simple
 *   signature, one verified Sigstore bundle, one made with a retired key nobody trusts any more,
 *   and one valid signature of fluent-bit 2.1.7 copied next to the 2.1.8 image (a digest mismatch);
 * - sboms/: CycloneDX and SPDX SBOMs for five images, in the shapes Syft and Trivy write;
 * - osv/: a trimmed OSV directory: records modeled on osv.dev's for the packages above (ids,
 *   aliases, ranges and CVSS vectors as published for the npm, PyPI and Go advisories; the Debian and
 *   Alpine versions are illustrative), plus a withdrawn advisory and records that match nothing.
 *
 * Keys are generated on each run and the private keys are thrown away: only the public key and
 * the signatures are written. Record timestamps are the run's, so the data is never stale here.
 * The directory starts with a dot so that `rampart scan -f demo/` does not read it as manifests.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dsseBundle, keyHint, signPayload, simpleSigningPayload } from '../src/analysis/images/signatures/sign.js';

export const DEMO_IMAGES = {
  payments: { repository: 'registry.acme-shop.example/shop/payments-api', tag: '2.3.1', digest: 'sha256:6f1c2b9e0a7d4c3b8e5f2a1d9c0b7e6a5f4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b' },
  blog: { repository: 'registry.acme-shop.example/web/blog', tag: '2.3.1', digest: 'sha256:4c1e6a0d7f3b2a9e8d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e' },
  reports: { repository: 'registry.acme-shop.example/tools/reports', tag: '0.9', digest: 'sha256:ef0eaea07324bf23a8440bf6f1ef75d817c82f8361b26faabaad41bb7e3f8fd5' },
  fluentBit: { repository: 'docker.io/fluent/fluent-bit', tag: '2.1.8', digest: 'sha256:d53d2ca06d99634c3f2dec5524977cc959e561e863df385afcd8019cbc75c36d' },
  shopApi: { repository: 'registry.acme-shop.example/shop/api', tag: '1.14.2' },
} as const;

/** The digest of fluent-bit 2.1.7, whose genuine signature is copied next to 2.1.8's. */
const FLUENT_BIT_217 = 'sha256:f0d1e959a126d4b606f3c294c6125c9a4e262ee81e3bc2d5514068f5bcb1ea84';

type Image = { repository: string; tag: string; digest?: string };

function cycloneDx(image: Image, timestamp: string, tool: 'syft' | 'trivy', os: [string, string] | undefined, components: Record<string, unknown>[]): unknown {
  const name = tool === 'trivy' ? `${image.repository}:${image.tag}` : image.repository;
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:00000000-0000-4000-8000-${Buffer.from(name).toString('hex').slice(0, 12).padEnd(12, '0')}`,
    version: 1,
    metadata: {
      timestamp,
      tools: { components: [{ type: 'application', name: tool, version: tool === 'syft' ? '1.4.1' : '0.52.0' }] },
      component:
        tool === 'trivy'
          ? {
              type: 'container',
              name,
              ...(image.digest && { purl: `pkg:oci/${image.repository.split('/').pop()}@${encodeURIComponent(image.digest)}?repository_url=${encodeURIComponent(image.repository)}` }),
              properties: [{ name: 'aquasecurity:trivy:RepoTag', value: `${image.repository}:${image.tag}` }],
            }
          : { type: 'container', name: image.repository, version: image.digest ?? image.tag },
    },
    components: [...(os ? [{ type: 'operating-system', name: os[0], version: os[1] }] : []), ...components],
  };
}

const lib = (purl: string, properties?: Record<string, string>): Record<string, unknown> => ({
  type: 'library',
  name: decodeURIComponent(purl.replace(/^pkg:[^/]+\//, '').replace(/@[^@]*$/, '').replace(/\?.*$/, '')),
  version: decodeURIComponent(/@([^?]*)/.exec(purl.slice(4))?.[1] ?? ''),
  purl,
  ...(properties && { properties: Object.entries(properties).map(([name, value]) => ({ name, value })) }),
});

function spdx(image: Image, created: string, os: [string, string], purls: string[]): unknown {
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${image.repository}:${image.tag}`,
    documentNamespace: `https://acme-shop.example/sbom/${image.repository.split('/').pop()}-${image.tag}`,
    creationInfo: { created, creators: ['Tool: trivy-0.52.0'] },
    documentDescribes: ['SPDXRef-ContainerImage'],
    packages: [
      { SPDXID: 'SPDXRef-ContainerImage', name: `${image.repository}:${image.tag}`, versionInfo: image.digest, primaryPackagePurpose: 'CONTAINER', downloadLocation: 'NONE' },
      { SPDXID: 'SPDXRef-OperatingSystem', name: os[0], versionInfo: os[1], primaryPackagePurpose: 'OPERATING-SYSTEM', downloadLocation: 'NONE' },
      ...purls.map((purl, i) => ({
        SPDXID: `SPDXRef-Package-${i + 1}`,
        name: purl.replace(/^pkg:[^/]+\/[^/]+\//, '').replace(/@.*$/, ''),
        versionInfo: /@([^?]*)/.exec(purl)?.[1],
        downloadLocation: 'NONE',
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }],
      })),
    ],
  };
}

function osv(id: string, modified: string, fields: Record<string, unknown>): unknown {
  return { schema_version: '1.6.0', id, modified, published: '2024-01-01T00:00:00Z', ...fields };
}

const semver = (ecosystem: string, name: string, introduced: string, fixed: string) => ({ package: { ecosystem, name }, ranges: [{ type: 'SEMVER', events: [{ introduced }, { fixed }] }] });
const ecosystem = (eco: string, name: string, introduced: string, fixed: string) => ({ package: { ecosystem: eco, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced }, { fixed }] }] });

export function writeDemoSupplyChain(dir: string, now: Date = new Date()): void {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['keys', 'signatures', 'sboms', 'osv/npm', 'osv/PyPI', 'osv/Go', 'osv/Debian', 'osv/Alpine', 'osv/Maven']) mkdirSync(join(dir, sub), { recursive: true });
  const write = (path: string, data: unknown) => writeFileSync(join(dir, path), typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data, null, 2) + '\n');
  const hex = (digest: string) => digest.slice('sha256:'.length);
  const stamp = new Date(now.getTime() - 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');

  // keys: the release key is trusted; the retired build key is not
  const release = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const retired = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  write('keys/acme-release.pub', release.publicKey.export({ type: 'spki', format: 'pem' }));

  const { payments, blog, reports, fluentBit, shopApi } = DEMO_IMAGES;
  const simple = (image: Image & { digest: string }, signedDigest: string, key: typeof release) => {
    const payload = simpleSigningPayload(image.repository, signedDigest);
    write(`signatures/sha256-${hex(image.digest)}.payload.json`, payload);
    write(`signatures/sha256-${hex(image.digest)}.sig`, signPayload(key.privateKey, payload) + '\n');
  };
  simple(payments, payments.digest, release); // verified
  write(`signatures/sha256-${hex(blog.digest)}.sigstore.json`, dsseBundle(release.privateKey, blog.digest, blog.repository, keyHint(release.publicKey))); // verified (bundle)
  simple(reports, reports.digest, retired); // signed, by a key nobody trusts
  simple(fluentBit, FLUENT_BIT_217, release); // 2.1.7's signature next to 2.1.8: badly signed

  // SBOMs
  write(
    'sboms/payments-api.cdx.json',
    cycloneDx(payments, stamp, 'syft', ['debian', '12.5'], [
      lib('pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12&upstream=glibc'),
      lib('pkg:deb/debian/libssl3@3.0.13-1~deb12u1?arch=amd64&distro=debian-12&upstream=openssl'),
      lib('pkg:golang/golang.org/x/net@v0.23.0'),
      lib('pkg:golang/github.com/gin-gonic/gin@v1.9.1'),
    ]),
  );
  write('sboms/blog.spdx.json', spdx(blog, stamp, ['alpine', '3.19.1'], ['pkg:apk/alpine/busybox@1.36.1-r19?arch=x86_64&distro=3.19.1', 'pkg:apk/alpine/nginx@1.24.0-r16?arch=x86_64&distro=3.19.1']));
  write(
    'sboms/legacy-reports.cdx.json',
    cycloneDx(reports, stamp, 'syft', ['debian', '11.9'], [lib('pkg:pypi/django@3.2.18'), lib('pkg:pypi/requests@2.28.1'), lib('pkg:pypi/urllib3@2.2.2')]),
  );
  write(
    'sboms/fluent-bit.cdx.json',
    cycloneDx(fluentBit, stamp, 'trivy', ['debian', '11.7'], [
      lib('pkg:deb/debian/libssl1.1@1.1.1n-0%2Bdeb11u5?arch=amd64&distro=debian-11.7', {
        'aquasecurity:trivy:SrcName': 'openssl',
        'aquasecurity:trivy:SrcVersion': '1.1.1n',
        'aquasecurity:trivy:SrcRelease': '0+deb11u5',
      }),
    ]),
  );
  write(
    'sboms/shop-api.cdx.json',
    cycloneDx(shopApi, stamp, 'trivy', ['debian', '12.4'], [
      lib('pkg:npm/lodash@4.17.20'),
      lib('pkg:npm/express@4.18.2'),
      lib('pkg:npm/jsonwebtoken@8.5.1'),
      lib('pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.4', { 'aquasecurity:trivy:SrcName': 'openssl', 'aquasecurity:trivy:SrcVersion': '3.0.11', 'aquasecurity:trivy:SrcRelease': '1~deb12u2' }),
      lib('pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.4', { 'aquasecurity:trivy:SrcName': 'openssl', 'aquasecurity:trivy:SrcVersion': '3.0.11', 'aquasecurity:trivy:SrcRelease': '1~deb12u2' }),
    ]),
  );

  // OSV records
  const v3 = (vector: string) => [{ type: 'CVSS_V3', score: vector }];
  const records: [string, unknown][] = [
    ['npm/GHSA-35jh-r3h4-6jhm.json', osv('GHSA-35jh-r3h4-6jhm', stamp, { aliases: ['CVE-2021-23337'], summary: 'Command Injection in lodash', severity: v3('CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H'), affected: [semver('npm', 'lodash', '0', '4.17.21')] })],
    ['npm/GHSA-29mw-wpgm-hmr9.json', osv('GHSA-29mw-wpgm-hmr9', stamp, { aliases: ['CVE-2020-28500'], summary: 'Regular Expression Denial of Service (ReDoS) in lodash', severity: v3('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L'), affected: [semver('npm', 'lodash', '4.0.0', '4.17.21')] })],
    ['npm/GHSA-rv95-896h-c2vc.json', osv('GHSA-rv95-896h-c2vc', stamp, { aliases: ['CVE-2024-29041'], summary: 'Express.js Open Redirect in malformed URLs', severity: v3('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N'), affected: [semver('npm', 'express', '0', '4.19.2')] })],
    ['npm/GHSA-27h2-hvpr-p74q.json', osv('GHSA-27h2-hvpr-p74q', stamp, { aliases: ['CVE-2022-23529'], withdrawn: '2023-01-29T05:00:00Z', summary: 'jsonwebtoken has insecure input validation in jwt.verify function', affected: [semver('npm', 'jsonwebtoken', '0', '9.0.0')] })],
    ['PyPI/GHSA-jh3w-4vvf-mjgr.json', osv('GHSA-jh3w-4vvf-mjgr', stamp, { aliases: ['CVE-2023-36053'], summary: 'Django has regular expression denial of service vulnerability in EmailValidator/URLValidator', severity: v3('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H'), affected: [{ package: { ecosystem: 'PyPI', name: 'django' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.2.20' }, { introduced: '4.0' }, { fixed: '4.1.10' }, { introduced: '4.2' }, { fixed: '4.2.3' }] }] }] })],
    ['PyPI/GHSA-j8r2-6x86-q33q.json', osv('GHSA-j8r2-6x86-q33q', stamp, { aliases: ['CVE-2023-32681'], summary: 'Unintended leak of Proxy-Authorization header in requests', severity: v3('CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N'), affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.3.0' }, { fixed: '2.31.0' }] }] }] })],
    ['Go/GO-2024-2687.json', osv('GO-2024-2687', stamp, { aliases: ['CVE-2023-45288', 'GHSA-4v7x-pqxf-cx7m'], summary: 'HTTP/2 CONTINUATION flood in net/http', affected: [semver('Go', 'golang.org/x/net', '0', '0.23.0')] })],
    ['Debian/DEBIAN-CVE-2023-5678.json', osv('DEBIAN-CVE-2023-5678', stamp, { upstream: ['CVE-2023-5678'], details: 'Generating excessively long X9.42 DH keys or checking excessively long X9.42 DH keys or parameters may be very slow.', affected: [ecosystem('Debian:11', 'openssl', '0', '1.1.1w-0+deb11u1'), ecosystem('Debian:12', 'openssl', '0', '3.0.13-1~deb12u1')] })],
    ['Alpine/ALPINE-CVE-2023-42363.json', osv('ALPINE-CVE-2023-42363', stamp, { upstream: ['CVE-2023-42363'], details: 'A use-after-free vulnerability in BusyBox awk.', affected: [ecosystem('Alpine:v3.19', 'busybox', '0', '1.36.1-r16')] })],
    ['Maven/GHSA-jfh8-c2jp-5v3q.json', osv('GHSA-jfh8-c2jp-5v3q', stamp, { aliases: ['CVE-2021-44228'], summary: 'Remote code injection in Log4j', severity: v3('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H'), affected: [{ package: { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }] }] }] })],
  ];
  for (const [path, record] of records) write(`osv/${path}`, record);
  write(
    'README.md',
    'Generated by `node dist/scripts/demo-supply-chain.js` (run by `npm start`): keys, signatures, SBOMs and a trimmed OSV directory for the demo. Do not edit: the next `npm start` rewrites it.\n',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'demo/.supply-chain';
  writeDemoSupplyChain(dir);
  process.stderr.write(`demo supply-chain inputs written to ${dir}\n`);
}
