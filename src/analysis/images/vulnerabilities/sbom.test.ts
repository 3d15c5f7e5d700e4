import { after, before, describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parseImageReference, type ImageReference } from '../reference.js';
import { sbomsFor, type SupplyChainEvidence } from '../evidence.js';
import { matchSbom } from './match.js';
import { loadOsvIndex, type OsvIndex } from './osv-index.js';
import { digestOf, supplyChainFixture } from '../testing.js';
import { parseSbom, SbomError, type Sbom } from './sbom.js';

// Documents in the shapes the scanners write them (fields Rampart does not read are kept, trimmed,
// so that the parser is tried on what it meets): Trivy 0.5x `--format cyclonedx` / `spdx-json`,
// Syft 1.x `-o cyclonedx-json` / `spdx-json`. Digests are made up; the structure is theirs.
const NGINX = 'sha256:' + 'a1'.repeat(32);
const ALPINE = 'sha256:' + 'b2'.repeat(32);

const TRIVY_CYCLONEDX = {
  $schema: 'http://cyclonedx.org/schema/bom-1.5.schema.json',
  bomFormat: 'CycloneDX',
  specVersion: '1.5',
  serialNumber: 'urn:uuid:2be5773d-7cd3-4b4b-90a5-e165474ddace',
  version: 1,
  metadata: {
    timestamp: '2024-05-02T09:12:44+00:00',
    tools: { components: [{ type: 'application', group: 'aquasecurity', name: 'trivy', version: '0.51.1' }] },
    component: {
      'bom-ref': `pkg:oci/nginx@${NGINX.replace(':', '%3A')}?arch=amd64&repository_url=index.docker.io%2Flibrary%2Fnginx`,
      type: 'container',
      name: 'nginx:1.25.4',
      purl: `pkg:oci/nginx@${NGINX.replace(':', '%3A')}?arch=amd64&repository_url=index.docker.io%2Flibrary%2Fnginx`,
      properties: [
        { name: 'aquasecurity:trivy:DiffID', value: 'sha256:' + 'c3'.repeat(32) },
        { name: 'aquasecurity:trivy:ImageID', value: 'sha256:' + 'd4'.repeat(32) },
        { name: 'aquasecurity:trivy:RepoDigest', value: `nginx@${NGINX}` },
        { name: 'aquasecurity:trivy:RepoTag', value: 'nginx:1.25.4' },
        { name: 'aquasecurity:trivy:SchemaVersion', value: '2' },
      ],
    },
  },
  components: [
    {
      'bom-ref': '3ff14136-e09f-4df9-80ea-000000000001',
      type: 'operating-system',
      name: 'debian',
      version: '12.5',
      properties: [
        { name: 'aquasecurity:trivy:Class', value: 'os-pkgs' },
        { name: 'aquasecurity:trivy:Type', value: 'debian' },
      ],
    },
    {
      'bom-ref': 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.5',
      type: 'library',
      supplier: { name: 'Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>' },
      name: 'libssl3',
      version: '3.0.11-1~deb12u2',
      licenses: [{ license: { name: 'Apache-2.0' } }],
      purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.5',
      properties: [
        { name: 'aquasecurity:trivy:LayerDiffID', value: 'sha256:' + 'c3'.repeat(32) },
        { name: 'aquasecurity:trivy:PkgID', value: 'libssl3@3.0.11-1~deb12u2' },
        { name: 'aquasecurity:trivy:PkgType', value: 'debian' },
        { name: 'aquasecurity:trivy:SrcName', value: 'openssl' },
        { name: 'aquasecurity:trivy:SrcRelease', value: '1~deb12u2' },
        { name: 'aquasecurity:trivy:SrcVersion', value: '3.0.11' },
      ],
    },
    {
      'bom-ref': 'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12.5',
      type: 'library',
      name: 'libc6',
      version: '2.36-9+deb12u4',
      purl: 'pkg:deb/debian/libc6@2.36-9+deb12u4?arch=amd64&distro=debian-12.5',
      properties: [
        { name: 'aquasecurity:trivy:PkgType', value: 'debian' },
        { name: 'aquasecurity:trivy:SrcName', value: 'glibc' },
        { name: 'aquasecurity:trivy:SrcRelease', value: '9+deb12u4' },
        { name: 'aquasecurity:trivy:SrcVersion', value: '2.36' },
      ],
    },
    {
      'bom-ref': '3ff14136-e09f-4df9-80ea-000000000002',
      type: 'application',
      name: 'usr/share/app/package-lock.json',
      properties: [
        { name: 'aquasecurity:trivy:Class', value: 'lang-pkgs' },
        { name: 'aquasecurity:trivy:Type', value: 'npm' },
      ],
    },
    {
      'bom-ref': 'pkg:npm/express@4.18.2',
      type: 'library',
      name: 'express',
      version: '4.18.2',
      purl: 'pkg:npm/express@4.18.2',
      properties: [{ name: 'aquasecurity:trivy:PkgType', value: 'npm' }],
    },
    { 'bom-ref': 'pkg:npm/%40babel/traverse@7.22.5', type: 'library', group: '@babel', name: 'traverse', version: '7.22.5', purl: 'pkg:npm/%40babel/traverse@7.22.5' },
  ],
  dependencies: [{ ref: 'pkg:npm/express@4.18.2', dependsOn: [] }],
};

const TRIVY_SPDX = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'nginx:1.25.4',
  documentNamespace: 'http://aquasecurity.github.io/trivy/container_image/nginx:1.25.4-3c1f4a3b',
  creationInfo: { creators: ['Organization: aquasecurity', 'Tool: trivy-0.51.1'], created: '2024-05-02T09:12:44Z' },
  packages: [
    {
      name: 'nginx:1.25.4',
      SPDXID: 'SPDXRef-ContainerImage-7c4b5e1fb8b6d1b2',
      downloadLocation: 'NONE',
      filesAnalyzed: false,
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:oci/nginx@${NGINX.replace(':', '%3A')}?arch=amd64&repository_url=index.docker.io%2Flibrary%2Fnginx` }],
      attributionTexts: ['SchemaVersion: 2', `ImageID: sha256:${'d4'.repeat(32)}`, `RepoDigest: nginx@${NGINX}`, 'RepoTag: nginx:1.25.4'],
      primaryPackagePurpose: 'CONTAINER',
    },
    { name: 'debian', SPDXID: 'SPDXRef-OperatingSystem-5a8b0c3d', versionInfo: '12.5', downloadLocation: 'NONE', filesAnalyzed: false, primaryPackagePurpose: 'OPERATING-SYSTEM' },
    {
      name: 'libssl3',
      SPDXID: 'SPDXRef-Package-1b6c0d2e',
      versionInfo: '3.0.11-1~deb12u2',
      supplier: 'Organization: Debian OpenSSL Team',
      downloadLocation: 'NONE',
      filesAnalyzed: false,
      sourceInfo: 'built package from: openssl 3.0.11-1~deb12u2',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'Apache-2.0',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.5' }],
      attributionTexts: ['PkgID: libssl3@3.0.11-1~deb12u2', `LayerDiffID: sha256:${'c3'.repeat(32)}`],
      primaryPackagePurpose: 'LIBRARY',
    },
    { name: 'package-lock.json', SPDXID: 'SPDXRef-Application-9d2f', downloadLocation: 'NONE', filesAnalyzed: false, sourceInfo: 'Node.js', primaryPackagePurpose: 'APPLICATION' },
    {
      name: 'express',
      SPDXID: 'SPDXRef-Package-4e1a',
      versionInfo: '4.18.2',
      downloadLocation: 'NONE',
      filesAnalyzed: false,
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/express@4.18.2' }],
      primaryPackagePurpose: 'LIBRARY',
    },
  ],
  relationships: [
    { spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-ContainerImage-7c4b5e1fb8b6d1b2', relationshipType: 'DESCRIBES' },
    { spdxElementId: 'SPDXRef-ContainerImage-7c4b5e1fb8b6d1b2', relatedSpdxElement: 'SPDXRef-OperatingSystem-5a8b0c3d', relationshipType: 'CONTAINS' },
    { spdxElementId: 'SPDXRef-OperatingSystem-5a8b0c3d', relatedSpdxElement: 'SPDXRef-Package-1b6c0d2e', relationshipType: 'CONTAINS' },
  ],
};

const SYFT_CYCLONEDX = {
  $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  serialNumber: 'urn:uuid:6f0e3d4c-1111-4a5b-9c7d-3e2f1a0b9c8d',
  version: 1,
  metadata: {
    timestamp: '2024-06-10T10:00:00Z',
    tools: { components: [{ type: 'application', author: 'anchore', name: 'syft', version: '1.5.0' }] },
    // syft: the name is what the user asked for, the version the manifest digest
    component: { 'bom-ref': '0c5d0d7e7a0d1b0c', type: 'container', name: 'alpine:3.19', version: ALPINE },
  },
  components: [
    {
      'bom-ref': 'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&upstream=busybox&distro=alpine-3.19.1&package-id=5f2e',
      type: 'library',
      publisher: 'Sören Tempel <soeren+alpine@soeren-tempel.net>',
      name: 'busybox',
      version: '1.36.1-r15',
      licenses: [{ license: { id: 'GPL-2.0-only' } }],
      cpe: 'cpe:2.3:a:busybox:busybox:1.36.1-r15:*:*:*:*:*:*:*',
      purl: 'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&upstream=busybox&distro=alpine-3.19.1',
      properties: [
        { name: 'syft:package:foundBy', value: 'apk-db-cataloger' },
        { name: 'syft:package:type', value: 'apk' },
        { name: 'syft:package:metadataType', value: 'apk-db-entry' },
        { name: 'syft:location:0:path', value: '/lib/apk/db/installed' },
        { name: 'syft:metadata:originPackage', value: 'busybox' },
      ],
    },
    {
      'bom-ref': 'pkg:apk/alpine/ssl_client@1.36.1-r15?arch=x86_64&upstream=busybox&distro=alpine-3.19.1&package-id=77a1',
      type: 'library',
      name: 'ssl_client',
      version: '1.36.1-r15',
      purl: 'pkg:apk/alpine/ssl_client@1.36.1-r15?arch=x86_64&upstream=busybox&distro=alpine-3.19.1',
    },
    {
      'bom-ref': 'pkg:golang/golang.org/x/net@v0.17.0?package-id=0a9d',
      type: 'library',
      name: 'golang.org/x/net',
      version: 'v0.17.0',
      purl: 'pkg:golang/golang.org/x/net@v0.17.0',
      properties: [{ name: 'syft:package:foundBy', value: 'go-module-binary-cataloger' }],
    },
    { 'bom-ref': 'pkg:golang/stdlib@1.21.3?package-id=aa1b', type: 'library', name: 'stdlib', version: 'go1.21.3', purl: 'pkg:golang/stdlib@1.21.3', cpe: 'cpe:2.3:a:golang:go:1.21.3:-:*:*:*:*:*:*' },
    {
      'bom-ref': 'os:alpine@3.19.1',
      type: 'operating-system',
      name: 'alpine',
      version: '3.19.1',
      description: 'Alpine Linux v3.19',
      properties: [
        { name: 'syft:distro:id', value: 'alpine' },
        { name: 'syft:distro:versionID', value: '3.19.1' },
      ],
    },
    { 'bom-ref': 'f3a1', type: 'file', name: '/lib/apk/db/installed', hashes: [{ alg: 'SHA-1', content: '2255799ccba3b867b6c849a8ebe096aed61381ed' }] },
  ],
};

const SYFT_SPDX = {
  spdxVersion: 'SPDX-2.3',
  dataLicense: 'CC0-1.0',
  SPDXID: 'SPDXRef-DOCUMENT',
  name: 'alpine',
  documentNamespace: 'https://anchore.com/syft/image/alpine-3.19-6f0e3d4c',
  creationInfo: { licenseListVersion: '3.23', creators: ['Organization: Anchore, Inc', 'Tool: syft-1.5.0'], created: '2024-06-10T10:00:00Z' },
  packages: [
    {
      name: 'busybox',
      SPDXID: 'SPDXRef-Package-apk-busybox-5f2e',
      versionInfo: '1.36.1-r15',
      supplier: 'Person: Sören Tempel (soeren+alpine@soeren-tempel.net)',
      downloadLocation: 'https://busybox.net/',
      filesAnalyzed: false,
      sourceInfo: 'acquired package info from APK DB: /lib/apk/db/installed',
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'GPL-2.0-only',
      copyrightText: 'NOASSERTION',
      externalRefs: [
        { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: 'cpe:2.3:a:busybox:busybox:1.36.1-r15:*:*:*:*:*:*:*' },
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&upstream=busybox&distro=alpine-3.19.1' },
      ],
    },
    {
      name: 'alpine',
      SPDXID: 'SPDXRef-DocumentRoot-Image-alpine',
      versionInfo: ALPINE,
      supplier: 'NOASSERTION',
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      checksums: [{ algorithm: 'SHA256', checksumValue: ALPINE.slice('sha256:'.length) }],
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:oci/alpine@${ALPINE.replace(':', '%3A')}?arch=amd64&tag=3.19` }],
      primaryPackagePurpose: 'CONTAINER',
    },
  ],
  relationships: [
    { spdxElementId: 'SPDXRef-DocumentRoot-Image-alpine', relatedSpdxElement: 'SPDXRef-Package-apk-busybox-5f2e', relationshipType: 'CONTAINS' },
    { spdxElementId: 'SPDXRef-DOCUMENT', relatedSpdxElement: 'SPDXRef-DocumentRoot-Image-alpine', relationshipType: 'DESCRIBES' },
  ],
};

const parse = (doc: unknown, file: string) => parseSbom(JSON.stringify(doc), file);
const pkgs = (s: Sbom) => s.packages.map((p) => [p.ecosystem, p.name, p.version, p.release ?? null]);

describe('SBOMs as Trivy writes them', () => {
  it('CycloneDX: the image from the pkg:oci purl and RepoTag (index.docker.io folded), source packages from trivy properties', () => {
    const s = parse(TRIVY_CYCLONEDX, 'nginx.cdx.json');
    assert.equal(s.format, 'CycloneDX');
    assert.equal(s.created, '2024-05-02T09:12:44+00:00');
    assert.deepEqual(s.image.names, ['docker.io/library/nginx']);
    assert.deepEqual(s.image.tags, ['1.25.4']);
    assert.deepEqual(s.image.digests, [NGINX]);
    assert.deepEqual(pkgs(s), [
      ['Debian', 'openssl', '3.0.11-1~deb12u2', '12'],
      ['Debian', 'glibc', '2.36-9+deb12u4', '12'],
      ['npm', 'express', '4.18.2', null],
      ['npm', '@babel/traverse', '7.22.5', null],
    ]);
    assert.equal(s.listed, 5, 'the application component lists no package of its own, and the operating system is not one');
  });
  it('SPDX: the CONTAINER package the document DESCRIBES, the source package from "built package from"', () => {
    const s = parse(TRIVY_SPDX, 'nginx.spdx.json');
    assert.equal(s.format, 'SPDX');
    assert.equal(s.created, '2024-05-02T09:12:44Z');
    assert.deepEqual([s.image.names, s.image.tags, s.image.digests], [['docker.io/library/nginx'], ['1.25.4'], [NGINX]]);
    assert.deepEqual(pkgs(s), [
      ['Debian', 'openssl', '3.0.11-1~deb12u2', '12'],
      ['npm', 'express', '4.18.2', null],
    ]);
  });
});

describe('SBOMs as Syft writes them', () => {
  it('CycloneDX: the user input as name and the manifest digest as version; upstream= names the source package; files are not packages', () => {
    const s = parse(SYFT_CYCLONEDX, 'alpine.cdx.json');
    assert.deepEqual([s.image.names, s.image.tags, s.image.digests], [['docker.io/library/alpine'], ['3.19'], [ALPINE]]);
    assert.deepEqual(pkgs(s), [
      ['Alpine', 'busybox', '1.36.1-r15', 'v3.19'],
      ['Alpine', 'busybox', '1.36.1-r15', 'v3.19'],
      ['Go', 'golang.org/x/net', 'v0.17.0', null],
      ['Go', 'stdlib', '1.21.3', null],
    ]);
  });
  it('SPDX: the DocumentRoot image with its digest, checksum and tag qualifier', () => {
    const s = parse(SYFT_SPDX, 'alpine.spdx.json');
    assert.deepEqual([s.image.names, s.image.tags, s.image.digests], [['docker.io/library/alpine'], ['3.19'], [ALPINE]]);
    assert.deepEqual(pkgs(s), [['Alpine', 'busybox', '1.36.1-r15', 'v3.19']]);
  });
  it('distribution packages whose release nobody states are counted, not guessed', () => {
    const doc = structuredClone(SYFT_CYCLONEDX);
    doc.components = doc.components.filter((c) => c.type !== 'operating-system').map((c) => ('purl' in c && typeof c.purl === 'string' ? { ...c, purl: c.purl.replace(/&distro=[^&]*/, '') } : c));
    const s = parse(doc, 'alpine.cdx.json');
    assert.equal(s.withoutRelease, 2);
    assert.deepEqual(s.packages.map((p) => p.ecosystem), ['Go', 'Go']);
  });
});

describe('which image an SBOM describes', () => {
  const evidence = (...sboms: Sbom[]): SupplyChainEvidence => ({ vulnerabilities: { sboms: sboms.map((sbom) => ({ sbom })) }, diagnostics: [] });
  const ref = (text: string): ImageReference => {
    const r = parseImageReference(text);
    assert.ok(r.ok, text);
    return r.reference;
  };
  const trivy = parse(TRIVY_CYCLONEDX, 'nginx.cdx.json');
  const syft = parse(SYFT_SPDX, 'alpine.spdx.json');
  const ev = evidence(trivy, syft);
  const described = (image: string) => {
    const m = sbomsFor(ref(image), ev);
    return [m.sboms.map((s) => s.sbom.file), m.matchedBy ?? null];
  };
  it('a pinned workload by its digest, whatever name or tag it writes', () => {
    assert.deepEqual(described(`nginx:1.25.4@${NGINX}`), [['nginx.cdx.json'], 'digest']);
    assert.deepEqual(described(`registry.example.com/mirror/nginx@${NGINX}`), [['nginx.cdx.json'], 'digest'], 'a mirror serves the same content');
    assert.deepEqual(described(`docker.io/library/alpine@${ALPINE}`), [['alpine.spdx.json'], 'digest']);
  });
  it('an unpinned workload by repository and tag, normalized as the kubelet does', () => {
    assert.deepEqual(described('nginx:1.25.4'), [['nginx.cdx.json'], 'tag']);
    assert.deepEqual(described('index.docker.io/library/nginx:1.25.4'), [['nginx.cdx.json'], 'tag']);
    assert.deepEqual(described('docker.io/alpine:3.19'), [['alpine.spdx.json'], 'tag']);
  });
  it('another digest of the same tag is other content: no SBOM; another tag or repository neither', () => {
    assert.deepEqual(described(`nginx:1.25.4@sha256:${'e5'.repeat(32)}`), [[], null]);
    assert.deepEqual(described('nginx:1.25.5'), [[], null]);
    assert.deepEqual(described('nginx'), [[], null], 'latest is not 1.25.4');
    assert.deepEqual(described('ghcr.io/acme/nginx:1.25.4'), [[], null]);
  });
});

describe('matching realistic SBOMs against OSV records', () => {
  // Records in osv.dev's shape (trimmed): a Debian and an Alpine distribution record named by
  // source package, and a GitHub advisory for a Go module.
  const RECORDS = [
    {
      id: 'DEBIAN-CVE-2024-0727',
      modified: '2024-09-10T12:00:00Z',
      published: '2024-01-26T09:15:00Z',
      upstream: ['CVE-2024-0727'],
      details: 'Processing a maliciously formatted PKCS12 file may lead OpenSSL to crash leading to a potential Denial of Service attack',
      affected: [{ package: { name: 'openssl', ecosystem: 'Debian:12', purl: 'pkg:deb/debian/openssl?arch=source' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.13-1~deb12u1' }] }], versions: ['3.0.11-1~deb12u1', '3.0.11-1~deb12u2'] }],
      schema_version: '1.6.0',
    },
    {
      id: 'DEBIAN-CVE-2024-0727-bullseye-only',
      modified: '2024-09-10T12:00:00Z',
      affected: [{ package: { name: 'openssl', ecosystem: 'Debian:11' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.1.1w-0+deb11u2' }] }] }],
    },
    {
      id: 'ALPINE-CVE-2023-42363',
      modified: '2024-11-01T00:00:00Z',
      upstream: ['CVE-2023-42363'],
      affected: [{ package: { name: 'busybox', ecosystem: 'Alpine:v3.19' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.36.1-r16' }] }] }],
    },
    {
      id: 'GHSA-4374-p667-p6c8',
      modified: '2024-05-20T00:00:00Z',
      aliases: ['CVE-2023-39325', 'GO-2023-2102'],
      summary: 'HTTP/2 rapid reset can cause excessive work in net/http',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
      affected: [{ package: { name: 'golang.org/x/net', ecosystem: 'Go' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.17.0' }] }] }],
    },
  ];
  const now = new Date('2025-01-01T00:00:00Z');
  let dir: string;
  let index: OsvIndex;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'rampart-osv-'));
    for (const r of RECORDS) writeFileSync(join(dir, `${r.id}.json`), JSON.stringify(r, null, 2));
    index = loadOsvIndex(dir, { cacheDir: null, now });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('Trivy, Debian: by source package and release (the bookworm record, not the bullseye one), with the fixed version', () => {
    const m = matchSbom(parse(TRIVY_CYCLONEDX, 'nginx.cdx.json'), index, now);
    assert.deepEqual(
      m.vulnerabilities.map((v) => [v.id, v.ids, v.package.name, v.package.version, v.package.ecosystem, v.fixed ?? null]),
      [['CVE-2024-0727', ['CVE-2024-0727', 'DEBIAN-CVE-2024-0727'], 'openssl', '3.0.11-1~deb12u2', 'Debian:12', '3.0.13-1~deb12u1']],
    );
    assert.equal(matchSbom(parse(TRIVY_SPDX, 'nginx.spdx.json'), index, now).vulnerabilities.length, 1, 'the SPDX document of the same image says the same');
  });
  it('Syft, Alpine and Go: busybox and ssl_client are one source package, one finding; x/net 0.17.0 carries the fix', () => {
    const m = matchSbom(parse(SYFT_CYCLONEDX, 'alpine.cdx.json'), index, now);
    assert.deepEqual(m.vulnerabilities.map((v) => [v.id, v.package.name, v.fixed ?? null]), [['CVE-2023-42363', 'busybox', '1.36.1-r16']]);
    const older = structuredClone(SYFT_CYCLONEDX);
    older.components = older.components.map((c) => ('purl' in c && c.purl === 'pkg:golang/golang.org/x/net@v0.17.0' ? { ...c, purl: 'pkg:golang/golang.org/x/net@v0.15.0' } : c));
    const go = matchSbom(parse(older, 'alpine.cdx.json'), index, now).vulnerabilities.find((v) => v.package.name === 'golang.org/x/net');
    assert.deepEqual([go?.id, go?.fixed, go?.severity?.level, go?.summary], ['CVE-2023-39325', '0.17.0', 'high', 'HTTP/2 rapid reset can cause excessive work in net/http']);
  });
});

describe('documents that are not usable SBOMs', () => {
  it('says why', () => {
    assert.throws(() => parseSbom('{', 'x.json'), (e: Error) => e instanceof SbomError && /invalid JSON/.test(e.message));
    assert.throws(() => parse({ hello: 'world' }, 'x.json'), /neither CycloneDX JSON \(bomFormat\) nor SPDX JSON \(spdxVersion\)/);
    assert.throws(() => parse({ bomFormat: 'CycloneDX', specVersion: '1.5', components: [] }, 'x.json'), /metadata.component names no image/);
    assert.throws(() => parse({ spdxVersion: 'SPDX-2.3', SPDXID: 'SPDXRef-DOCUMENT', packages: [] }, 'x.json'), /DESCRIBES names no image/);
  });
});

describe('packages Rampart cannot look up', () => {
  it('are counted by purl type and said in a warning, so that an image of RPMs does not read as clean', () => {
    const purls = [
      'pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64&distro=rhel-9.2&epoch=1',
      'pkg:rpm/redhat/glibc@2.34-60.el9?arch=x86_64&distro=rhel-9.2',
      'pkg:conan/openssl@3.0.0',
      'pkg:npm/left-pad',
      'pkg:oci/base@sha256%3A' + 'f'.repeat(64),
      'pkg:generic/some-file@1',
      'pkg:npm/lodash@4.17.21',
    ];
    const f = supplyChainFixture([{ repository: 'registry.example.com/ubi-app', digest: digestOf('a'), packages: purls }], []);
    try {
      const [{ sbom }] = f.evidence.vulnerabilities!.sboms;
      assert.deepEqual(sbom.unmatchable, { 'rpm/redhat': 2, conan: 1, 'no version': 1 });
      assert.deepEqual(sbom.packages.map((p) => p.name), ['lodash']);
      const warning = f.evidence.diagnostics.find((d) => /cannot be looked up/.test(d.message));
      assert.equal(warning?.message, '4 package(s) cannot be looked up in vulnerability data and were not checked: rpm/redhat (2), conan (1), no version (1)');
      assert.equal(warning?.severity, 'warning');
    } finally {
      f.cleanup();
    }
  });
});

describe('vulnerability data Rampart cannot evaluate for a package', () => {
  it('is said in a warning naming the packages, instead of reading as "not affected"', () => {
    const f = supplyChainFixture(
      [{ repository: 'registry.example.com/php-app', digest: digestOf('b'), packages: ['pkg:composer/symfony/http-kernel@5.4.20', 'pkg:npm/lodash@4.17.21'] }],
      [
        // Packagist versions have no ordering in Rampart: the range cannot be evaluated
        { id: 'GHSA-754h-5r27-7x3r', modified: '2025-05-01T00:00:00Z', affected: [{ package: { ecosystem: 'Packagist', name: 'symfony/http-kernel' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '5.0.0' }, { fixed: '5.4.20' }] }] }] },
        { id: 'GHSA-35jh-r3h4-6jhm', modified: '2025-05-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }] }] },
      ],
    );
    try {
      const [{ match }] = f.evidence.vulnerabilities!.sboms;
      assert.deepEqual([match?.vulnerabilities.length, match?.unevaluable, match?.unevaluablePackages], [0, 1, ['symfony/http-kernel 5.4.20 (Packagist)']]);
      const warning = f.evidence.diagnostics.find((d) => /could not be compared/.test(d.message));
      assert.match(warning?.message ?? '', /^1 package\(s\) could not be compared with 1 affected range\(s\) .*: symfony\/http-kernel 5\.4\.20 \(Packagist\); whether they are affected is not known$/);
    } finally {
      f.cleanup();
    }
  });
});
