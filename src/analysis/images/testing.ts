// Supply-chain fixtures for tests: keys generated on the spot, signature material signed with them,
// SBOMs and OSV records written to a temporary directory, loaded as the CLI would load them.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SupplyChainEvidence } from './evidence.js';
import { loadSupplyChainEvidence, type SupplyChainInputs } from './load-evidence.js';
import { dsseBundle, keyHint, signPayload, simpleSigningPayload } from './signatures/sign.js';

export const digestOf = (c: string): string => `sha256:${c.repeat(64)}`;

export interface FixtureImage {
  readonly repository: string;
  readonly digest?: string;
  readonly tag?: string;
  /** Who signs it: the trusted key, a stranger, or a valid signature of another digest copied here. */
  readonly signedBy?: 'trusted' | 'stranger' | 'copied' | 'trusted-bundle';
  /** purls of its packages; an SBOM is written when given. */
  readonly packages?: readonly string[];
  /** CycloneDX (default) or SPDX. */
  readonly sbomFormat?: 'cyclonedx' | 'spdx';
  /** The operating system component of the SBOM (`debian` `12.4`). */
  readonly os?: readonly [string, string];
}

export interface SupplyChainFixture {
  readonly dir: string;
  readonly evidence: SupplyChainEvidence;
  readonly inputs: SupplyChainInputs;
  readonly trusted: { publicKey: KeyObject; privateKey: KeyObject };
  cleanup(): void;
}

/** A CycloneDX 1.5 document for an image, as Syft and Trivy write the parts Rampart reads. */
export function cycloneDx(image: { repository: string; digest?: string; tag?: string }, purls: readonly string[], os?: readonly [string, string], timestamp = '2025-05-30T12:00:00Z'): unknown {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    metadata: {
      timestamp,
      component: { type: 'container', name: image.repository + (image.tag ? `:${image.tag}` : ''), ...(image.digest && { version: image.digest }) },
    },
    components: [
      ...(os ? [{ type: 'operating-system', name: os[0], version: os[1] }] : []),
      ...purls.map((purl) => ({ type: 'library', name: purl.replace(/^pkg:[^/]+\//, '').replace(/@.*/, ''), purl })),
    ],
  };
}

/** An SPDX 2.3 document for an image, as Trivy writes the parts Rampart reads. */
export function spdx(image: { repository: string; digest?: string; tag?: string }, purls: readonly string[], os?: readonly [string, string], created = '2025-05-30T12:00:00Z'): unknown {
  const imageRef = image.repository + (image.tag ? `:${image.tag}` : '');
  return {
    spdxVersion: 'SPDX-2.3',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: imageRef,
    creationInfo: { created, creators: ['Tool: rampart-tests'] },
    documentDescribes: ['SPDXRef-Image'],
    packages: [
      { SPDXID: 'SPDXRef-Image', name: imageRef, versionInfo: image.digest ?? image.tag, primaryPackagePurpose: 'CONTAINER' },
      ...(os ? [{ SPDXID: 'SPDXRef-OS', name: os[0], versionInfo: os[1], primaryPackagePurpose: 'OPERATING-SYSTEM' }] : []),
      ...purls.map((purl, i) => ({ SPDXID: `SPDXRef-Package-${i}`, name: purl, externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }] })),
    ],
  };
}

/** Writes keys, signatures, SBOMs and OSV records for `images`, and loads them. */
export function supplyChainFixture(images: readonly FixtureImage[], osvRecords: readonly unknown[], extra: Partial<SupplyChainInputs> = {}): SupplyChainFixture {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-supply-'));
  const trusted = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const stranger = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  for (const sub of ['keys', 'signatures', 'sboms', 'osv']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'keys', 'cosign.pub'), trusted.publicKey.export({ type: 'spki', format: 'pem' }));
  images.forEach((image, i) => {
    if (image.signedBy && image.digest) {
      const hex = image.digest.slice('sha256:'.length);
      const signedDigest = image.signedBy === 'copied' ? digestOf('f') : image.digest;
      const payload = simpleSigningPayload(image.repository, signedDigest);
      if (image.signedBy === 'trusted-bundle') {
        writeFileSync(join(dir, 'signatures', `sha256-${hex}.sigstore.json`), JSON.stringify(dsseBundle(trusted.privateKey, image.digest, image.repository, keyHint(trusted.publicKey))));
      } else {
        writeFileSync(join(dir, 'signatures', `sha256-${hex}.payload.json`), payload);
        writeFileSync(join(dir, 'signatures', `sha256-${hex}.sig`), signPayload((image.signedBy === 'stranger' ? stranger : trusted).privateKey, payload));
      }
    }
    if (image.packages) {
      const doc = image.sbomFormat === 'spdx' ? spdx(image, image.packages, image.os) : cycloneDx(image, image.packages, image.os);
      writeFileSync(join(dir, 'sboms', `image-${i}.json`), JSON.stringify(doc, null, 2));
    }
  });
  osvRecords.forEach((record, i) => writeFileSync(join(dir, 'osv', typeof record === 'string' ? `broken-${i}.json` : `${(record as { id: string }).id}.json`), typeof record === 'string' ? record : JSON.stringify(record)));
  const inputs: SupplyChainInputs = {
    trustedKeys: [join(dir, 'keys', 'cosign.pub')],
    signaturesDir: join(dir, 'signatures'),
    sbomDir: join(dir, 'sboms'),
    osvDir: join(dir, 'osv'),
    cacheDir: null,
    now: new Date('2025-06-01T00:00:00Z'),
    ...extra,
  };
  const evidence = loadSupplyChainEvidence(inputs);
  return { dir, evidence, inputs, trusted, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An OSV record for one package with one range. */
export function osvRecord(id: string, ecosystem: string, name: string, events: readonly Record<string, string>[], extra: Record<string, unknown> = {}): unknown {
  return { schema_version: '1.6.0', id, modified: '2025-05-28T10:00:00Z', published: '2024-01-01T00:00:00Z', affected: [{ package: { ecosystem, name }, ranges: [{ type: ecosystem === 'npm' || ecosystem === 'Go' ? 'SEMVER' : 'ECOSYSTEM', events }] }], ...extra };
}
