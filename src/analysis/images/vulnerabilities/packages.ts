import { PackageURL } from 'packageurl-js';

/**
 * Package identities as OSV names them: an ecosystem (`npm`, `PyPI`, `Debian:12`...) and a name in
 * that ecosystem's spelling. SBOM packages come as package URLs (purl spec, PURL-TYPES.rst); this
 * module turns both sides into one lookup key.
 */

/** The ecosystem without its release (`Debian:12` → `Debian`). */
export function ecosystemBase(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/**
 * A package name as the ecosystem compares names: PyPI by PEP 503 normalization (case and runs of
 * `-_.` do not matter), NuGet, Packagist and crates.io case-insensitively, the others exactly.
 */
export function normalizeName(base: string, name: string): string {
  switch (base) {
    case 'PyPI':
      return name.toLowerCase().replace(/[-_.]+/g, '-');
    case 'NuGet':
    case 'Packagist':
    case 'crates.io':
      return name.toLowerCase();
    default:
      return name;
  }
}

/** The index key of a package: `base\0normalized-name`. */
export function packageKey(ecosystem: string, name: string): string {
  const base = ecosystemBase(ecosystem);
  return `${base}\0${normalizeName(base, name)}`;
}

/** A package of an SBOM, as it is looked up in vulnerability data. */
export interface SbomPackage {
  /** OSV ecosystem without release: `npm`, `PyPI`, `Debian`... */
  readonly ecosystem: string;
  /** The name vulnerability data uses: for distribution packages, the source package. */
  readonly name: string;
  readonly version: string;
  /** The distribution release the package was built for (`12` for Debian 12, `v3.19` for Alpine), when known. */
  readonly release?: string;
  readonly purl: string;
}

/** purl types whose packages OSV tracks, and the OSV ecosystem each maps to. */
const PURL_ECOSYSTEMS: Readonly<Record<string, string>> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  gem: 'RubyGems',
  cargo: 'crates.io',
  nuget: 'NuGet',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
};

const DISTROS: Readonly<Record<string, string>> = { debian: 'Debian', ubuntu: 'Ubuntu', alpine: 'Alpine' };

/** Debian codenames (distro-info-data), as some SBOM tools write the release. */
const DEBIAN_CODENAMES: Readonly<Record<string, string>> = { stretch: '9', buster: '10', bullseye: '11', bookworm: '12', trixie: '13', forky: '14' };

/**
 * The release part of an OSV ecosystem for a distribution version string as SBOMs write it
 * (`distro=debian-12.4`, `distro=12`, `distro=alpine-3.19.1`, `distro=3.19.1`, `ubuntu-22.04`):
 * Debian's major version, Alpine's `vMAJOR.MINOR`, Ubuntu's `YY.MM`.
 */
export function releaseOf(ecosystem: string, distro: string | undefined): string | undefined {
  if (distro === undefined || distro === '') return undefined;
  const value = distro.toLowerCase().replace(/^(debian|ubuntu|alpine)[-:]?/, '');
  if (ecosystem === 'Debian') return DEBIAN_CODENAMES[value] ?? /^(\d+)/.exec(value)?.[1];
  if (ecosystem === 'Alpine') {
    if (value === 'edge') return 'edge';
    const m = /^v?(\d+)\.(\d+)/.exec(value);
    return m ? `v${m[1]}.${m[2]}` : undefined;
  }
  if (ecosystem === 'Ubuntu') return /^(\d+\.\d+)/.exec(value)?.[1];
  return undefined;
}

/**
 * An SBOM package's purl as a vulnerability lookup, or undefined for purls OSV has no data for
 * (`pkg:oci`, `pkg:generic`...) or that name no version. `distro` is the image's operating system
 * (from the SBOM's operating-system component) for purls without a `distro` qualifier.
 */
export function packageFromPurl(purl: string, distro?: { readonly name: string; readonly version: string }): SbomPackage | undefined {
  let p: PackageURL;
  try {
    p = PackageURL.fromString(purl);
  } catch {
    return undefined;
  }
  if (p.version === undefined || p.version === null || p.version === '') return undefined;
  const version = p.version;
  const qualifiers = (p.qualifiers ?? {}) as Record<string, string>;
  const language = PURL_ECOSYSTEMS[p.type];
  if (language !== undefined) {
    let name: string;
    if (p.type === 'maven') name = p.namespace ? `${p.namespace}:${p.name}` : p.name;
    else if (p.type === 'golang' || p.type === 'npm' || p.type === 'composer') name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
    else name = p.name;
    return { ecosystem: language, name, version, purl };
  }
  if (p.type === 'deb' || p.type === 'apk') {
    const ecosystem = DISTROS[(p.namespace ?? '').toLowerCase()];
    if (ecosystem === undefined) return undefined;
    // OSV names distribution packages by source package: syft writes `upstream=src` or
    // `upstream=src@version`, Trivy `upstream=src` as well (and its own properties, read by the SBOM reader)
    const upstream = qualifiers.upstream;
    let name = p.name;
    let sourceVersion = version;
    if (upstream) {
      const at = upstream.search(/[@ (]/);
      name = at === -1 ? upstream : upstream.slice(0, at);
      const v = at === -1 ? undefined : /^[@ (]+([^)]+)\)?$/.exec(upstream.slice(at))?.[1];
      if (v) sourceVersion = v;
    }
    const osDistro = distro && distro.name.toLowerCase() === (p.namespace ?? '').toLowerCase() ? distro.version : undefined;
    const release = releaseOf(ecosystem, qualifiers.distro ?? osDistro);
    return { ecosystem, name, version: sourceVersion, purl, ...(release !== undefined && { release }) };
  }
  return undefined;
}
