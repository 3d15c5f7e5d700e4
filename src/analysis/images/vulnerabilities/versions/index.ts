import semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import { create as createGemVersion, type Version as GemVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import { compareApk } from './apk.js';
import { compareDpkg, parseDpkgVersion } from './dpkg.js';
import { compareMaven } from './maven.js';

/**
 * A total order on one ecosystem's version strings. `parse` returns undefined for a string the
 * ecosystem would not accept; `compare` is only called on parsed values. Parsing once and
 * comparing many times is what makes range evaluation over large data cheap.
 */
export interface VersionOrder<P = unknown> {
  /** The ordering's name, for messages: `SemVer`, `PEP 440`, `Maven`, `dpkg`, `apk`, `RubyGems`. */
  readonly name: string;
  parse(version: string): P | undefined;
  compare(a: P, b: P): number;
}

/**
 * SemVer 2.0 precedence (semver.org §11) through `semver`, the parser npm uses. OSV and SBOM data
 * write Go versions with a leading `v` and sometimes shorten `1.2` for `1.2.0`: both are accepted.
 */
export const SEMVER: VersionOrder<semver.SemVer> = {
  name: 'SemVer',
  parse(version) {
    const m = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(version.trim());
    if (!m) return undefined;
    try {
      return new semver.SemVer(`${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4]}`);
    } catch {
      return undefined;
    }
  },
  compare: (a, b) => a.compare(b),
};

/** PEP 440 (PyPI), through `@renovatebot/pep440`, a port of pypa/packaging's `Version`. */
export const PEP440: VersionOrder<string> = {
  name: 'PEP 440',
  parse: (version) => (pep440.parse(version) ? version : undefined),
  compare: (a, b) => pep440.compare(a, b),
};

/** RubyGems' Gem::Version, through `@renovatebot/ruby-semver` (a port of rubygems/version.rb). */
export const RUBYGEMS: VersionOrder<GemVersion> = {
  name: 'RubyGems',
  parse(version) {
    try {
      return createGemVersion(version) ?? undefined;
    } catch {
      return undefined;
    }
  },
  compare: (a, b) => a.compare(b),
};

export const MAVEN: VersionOrder<string> = {
  name: 'Maven',
  // ComparableVersion accepts any string; only the empty one means nothing
  parse: (version) => (version.trim() === '' ? undefined : version),
  compare: compareMaven,
};

export const DPKG: VersionOrder<string> = {
  name: 'dpkg',
  parse: (version) => (parseDpkgVersion(version) ? version : undefined),
  compare: compareDpkg,
};

export const APK: VersionOrder<string> = {
  name: 'apk',
  // apk compares even versions it would not install (its own tests do); only the empty one is out
  parse: (version) => (version === '' ? undefined : version),
  compare: compareApk,
};

/**
 * The ordering of an OSV ecosystem (`affected[].package.ecosystem`, with any `:release` suffix),
 * or undefined when Rampart has none: ranges of such ecosystems cannot be evaluated and only their
 * explicit `versions` lists are used.
 */
export function versionOrder(ecosystem: string): VersionOrder | undefined {
  const base = ecosystem.includes(':') ? ecosystem.slice(0, ecosystem.indexOf(':')) : ecosystem;
  switch (base) {
    case 'npm':
    case 'Go':
    case 'crates.io':
    case 'Hex':
    case 'Pub':
    case 'SwiftURL':
    case 'NuGet':
      return SEMVER as VersionOrder;
    case 'PyPI':
      return PEP440 as VersionOrder;
    case 'RubyGems':
      return RUBYGEMS as VersionOrder;
    case 'Maven':
      return MAVEN as VersionOrder;
    case 'Debian':
    case 'Ubuntu':
      return DPKG as VersionOrder;
    case 'Alpine':
      return APK as VersionOrder;
    default:
      return undefined;
  }
}
