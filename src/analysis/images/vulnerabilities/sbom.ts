// SBOMs of container images: CycloneDX JSON (1.2-1.6) and SPDX JSON (2.2-2.3), as Trivy and Syft
// write them. What matters here: which image a document describes (its name, tags, digests) and
// the packages it lists, as purls.
import { PackageURL } from 'packageurl-js';
import { parseImageReference } from '../reference.js';
import { packageFromPurl, type SbomPackage } from './packages.js';

/** How an SBOM names its image; all of it normalized as the kubelet would (`alpine` → `docker.io/library/alpine`). */
export interface SbomImage {
  /** Repositories, e.g. `docker.io/library/alpine`. */
  readonly names: readonly string[];
  readonly tags: readonly string[];
  /** Manifest digests, `sha256:<hex>`. */
  readonly digests: readonly string[];
  /** The name as the document writes it, for messages. */
  readonly label: string;
}

export interface Sbom {
  readonly file: string;
  readonly format: 'CycloneDX' | 'SPDX';
  /** When the document was made (CycloneDX `metadata.timestamp`, SPDX `creationInfo.created`). */
  readonly created?: string;
  readonly image: SbomImage;
  /** Packages vulnerability data can name. */
  readonly packages: readonly SbomPackage[];
  /** Every package listed, including those without a usable purl. */
  readonly listed: number;
  /** Distribution packages whose release the document does not say: they cannot be matched. */
  readonly withoutRelease: number;
  /**
   * Packages Rampart cannot look up in vulnerability data, by purl type (`rpm/redhat`, `conan`) or
   * `no version`: they were not checked, and a report must not read as if they were clean.
   */
  readonly unmatchable: Readonly<Record<string, number>>;
}

/** purl types that name no package of a package manager: nested images, files, the image itself. */
const NOT_PACKAGES: ReadonlySet<string> = new Set(['oci', 'docker', 'generic', 'file']);

/** What a purl that cannot be matched is, for counting: its type, with the distribution for OS packages. */
function unmatchableKind(purl: string): string | undefined {
  const m = /^pkg:\/*([A-Za-z0-9.+-]+)\/(?:([^/@?#]+)\/)?/.exec(purl);
  if (!m) return 'not a purl';
  const type = m[1].toLowerCase();
  if (NOT_PACKAGES.has(type)) return undefined;
  if (!/@[^/?#]+/.test(purl.replace(/^pkg:[^/]*\/(?:[^@?#]*\/)?/, ''))) return 'no version';
  return (type === 'deb' || type === 'apk' || type === 'rpm') && m[2] ? `${type}/${decodeURIComponent(m[2]).toLowerCase()}` : type;
}

export class SbomError extends Error {}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

class ImageIds {
  names = new Set<string>();
  tags = new Set<string>();
  digests = new Set<string>();
  label = '';

  /** A reference as written (`alpine:3.18`, `ghcr.io/a/b@sha256:…`), or a bare repository. */
  reference(text: string | undefined): void {
    if (!text) return;
    const parsed = parseImageReference(text);
    if (!parsed.ok) return;
    this.names.add(parsed.reference.name);
    if (parsed.reference.tag) this.tags.add(parsed.reference.tag);
    if (parsed.reference.digest) this.digests.add(parsed.reference.digest);
    this.label ||= text;
  }

  /** A version field: a digest or a tag. */
  version(text: string | undefined): void {
    if (!text) return;
    if (DIGEST.test(text)) this.digests.add(text);
    else if (/^[\w][\w.-]{0,127}$/.test(text)) this.tags.add(text);
  }

  /** `pkg:oci/name@digest?repository_url=host/path&tag=t` and `pkg:docker/ns/name@version?repository_url=host`. */
  purl(text: string | undefined): void {
    if (!text) return;
    let p: PackageURL;
    try {
      p = PackageURL.fromString(text);
    } catch {
      return;
    }
    const q = (p.qualifiers ?? {}) as Record<string, string>;
    if (p.type === 'oci') {
      this.reference(q.repository_url ?? p.name);
      this.version(p.version ?? undefined);
      this.version(q.tag);
    } else if (p.type === 'docker') {
      const path = p.namespace ? `${p.namespace}/${p.name}` : p.name;
      this.reference(q.repository_url ? `${q.repository_url.replace(/\/+$/, '')}/${path}` : path);
      this.version(p.version ?? undefined);
    }
  }

  freeze(): SbomImage {
    return { names: [...this.names].sort(), tags: [...this.tags].sort(), digests: [...this.digests].sort(), label: this.label || '(unnamed)' };
  }
}

function properties(component: Json): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of Array.isArray(component.properties) ? component.properties : []) if (isObject(p) && str(p.name) && typeof p.value === 'string') out.set(p.name as string, p.value);
  return out;
}

/** Trivy names a distribution package's source in properties rather than in the purl. */
function trivySource(props: Map<string, string>): { name: string; version: string } | undefined {
  const name = props.get('aquasecurity:trivy:SrcName');
  const version = props.get('aquasecurity:trivy:SrcVersion');
  if (!name || !version) return undefined;
  const release = props.get('aquasecurity:trivy:SrcRelease');
  const epoch = props.get('aquasecurity:trivy:SrcEpoch');
  return { name, version: `${epoch && epoch !== '0' ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}` };
}

function withSource(pkg: SbomPackage, source: { name: string; version: string } | undefined): SbomPackage {
  return source && (pkg.ecosystem === 'Debian' || pkg.ecosystem === 'Ubuntu' || pkg.ecosystem === 'Alpine') ? { ...pkg, name: source.name, version: source.version } : pkg;
}

function parseCycloneDx(doc: Json, file: string): Sbom {
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const ids = new ImageIds();
  const main = isObject(metadata.component) ? metadata.component : undefined;
  if (main) {
    const props = properties(main);
    ids.reference(str(main.name));
    ids.version(str(main.version));
    ids.purl(str(main.purl));
    for (const [k, v] of props) if (/RepoDigest|RepoTag|image:(reference|tag|digest)/i.test(k)) ids.reference(v);
  }
  const all: Json[] = [];
  const walk = (list: unknown) => {
    for (const c of Array.isArray(list) ? list : []) {
      if (!isObject(c)) continue;
      all.push(c);
      walk(c.components);
    }
  };
  walk(doc.components);
  const os = all.find((c) => c.type === 'operating-system');
  const distro = os && str(os.name) && str(os.version) ? { name: str(os.name)!, version: str(os.version)! } : undefined;
  return finish(file, 'CycloneDX', str(metadata.timestamp), ids, all.filter((c) => c.type !== 'operating-system').map((c) => ({ purl: str(c.purl), source: trivySource(properties(c)) })), distro);
}

function parseSpdx(doc: Json, file: string): Sbom {
  const packages = (Array.isArray(doc.packages) ? doc.packages : []).filter(isObject);
  const described = new Set<string>((Array.isArray(doc.documentDescribes) ? doc.documentDescribes : []).filter((x): x is string => typeof x === 'string'));
  for (const r of Array.isArray(doc.relationships) ? doc.relationships : []) {
    if (isObject(r) && r.relationshipType === 'DESCRIBES' && r.spdxElementId === doc.SPDXID && typeof r.relatedSpdxElement === 'string') described.add(r.relatedSpdxElement);
    if (isObject(r) && r.relationshipType === 'DESCRIBED_BY' && r.relatedSpdxElement === doc.SPDXID && typeof r.spdxElementId === 'string') described.add(r.spdxElementId);
  }
  const purlOf = (p: Json) => {
    for (const ref of Array.isArray(p.externalRefs) ? p.externalRefs : []) if (isObject(ref) && ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string') return ref.referenceLocator;
    return undefined;
  };
  const ids = new ImageIds();
  const images = packages.filter((p) => described.has(p.SPDXID as string) || p.primaryPackagePurpose === 'CONTAINER');
  for (const image of images) {
    ids.reference(str(image.name));
    ids.version(str(image.versionInfo));
    ids.purl(purlOf(image));
    for (const c of Array.isArray(image.checksums) ? image.checksums : []) if (isObject(c) && c.algorithm === 'SHA256' && typeof c.checksumValue === 'string') ids.version(`sha256:${c.checksumValue}`);
  }
  const os = packages.find((p) => p.primaryPackagePurpose === 'OPERATING-SYSTEM');
  const distro = os && str(os.name) && str(os.versionInfo) ? { name: str(os.name)!, version: str(os.versionInfo)! } : undefined;
  const listed = packages.filter((p) => !images.includes(p) && p !== os).map((p) => {
    // Trivy: "built package from: openssl 3.0.11-1~deb12u2"
    const m = typeof p.sourceInfo === 'string' ? /^built package from: (\S+) (\S+)$/.exec(p.sourceInfo) : null;
    return { purl: purlOf(p), source: m ? { name: m[1], version: m[2] } : undefined };
  });
  return finish(file, 'SPDX', isObject(doc.creationInfo) ? str(doc.creationInfo.created) : undefined, ids, listed, distro);
}

function finish(file: string, format: Sbom['format'], created: string | undefined, ids: ImageIds, listed: readonly { purl?: string; source?: { name: string; version: string } }[], distro: { name: string; version: string } | undefined): Sbom {
  const packages: SbomPackage[] = [];
  let withoutRelease = 0;
  const unmatchable: Record<string, number> = {};
  for (const { purl, source } of listed) {
    const pkg = purl ? packageFromPurl(purl, distro) : undefined;
    if (!pkg) {
      const kind = purl ? unmatchableKind(purl) : undefined;
      if (kind !== undefined) unmatchable[kind] = (unmatchable[kind] ?? 0) + 1;
      continue;
    }
    if ((pkg.ecosystem === 'Debian' || pkg.ecosystem === 'Ubuntu' || pkg.ecosystem === 'Alpine') && pkg.release === undefined) {
      withoutRelease++;
      continue;
    }
    packages.push(withSource(pkg, source));
  }
  return { file, format, ...(created !== undefined && { created }), image: ids.freeze(), packages, listed: listed.length, withoutRelease, unmatchable };
}

/** Reads one SBOM document; throws SbomError when it is neither CycloneDX nor SPDX JSON, or names no image. */
export function parseSbom(text: string, file: string): Sbom {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new SbomError(`invalid JSON: ${(e as Error).message}`);
  }
  if (!isObject(doc)) throw new SbomError('not a JSON object');
  let sbom: Sbom;
  if (doc.bomFormat === 'CycloneDX') sbom = parseCycloneDx(doc, file);
  else if (typeof doc.spdxVersion === 'string') sbom = parseSpdx(doc, file);
  else throw new SbomError('neither CycloneDX JSON (bomFormat) nor SPDX JSON (spdxVersion)');
  if (sbom.image.names.length === 0 && sbom.image.digests.length === 0) {
    throw new SbomError(sbom.format === 'CycloneDX' ? 'metadata.component names no image (name and version, a pkg:oci/pkg:docker purl, or a sha256 digest)' : 'the package the document DESCRIBES names no image');
  }
  return sbom;
}
