import semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import { create as createGemVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import { compareApk } from './apk.js';
import { compareDpkg, parseDpkgVersion } from './dpkg.js';
import { compareMaven } from './maven.js';
/**
 * SemVer 2.0 precedence (semver.org §11) through `semver`, the parser npm uses. OSV and SBOM data
 * write Go versions with a leading `v` and sometimes shorten `1.2` for `1.2.0`: both are accepted.
 */
export const SEMVER = {
    name: 'SemVer',
    parse(version) {
        const m = /^[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(version.trim());
        if (!m)
            return undefined;
        try {
            return new semver.SemVer(`${m[1]}.${m[2] ?? '0'}.${m[3] ?? '0'}${m[4]}`);
        }
        catch {
            return undefined;
        }
    },
    compare: (a, b) => a.compare(b),
};
/** PEP 440 (PyPI), through `@renovatebot/pep440`, a port of pypa/packaging's `Version`. */
export const PEP440 = {
    name: 'PEP 440',
    parse: (version) => (pep440.parse(version) ? version : undefined),
    compare: (a, b) => pep440.compare(a, b),
};
/** RubyGems' Gem::Version, through `@renovatebot/ruby-semver` (a port of rubygems/version.rb). */
export const RUBYGEMS = {
    name: 'RubyGems',
    parse(version) {
        try {
            return createGemVersion(version) ?? undefined;
        }
        catch {
            return undefined;
        }
    },
    compare: (a, b) => a.compare(b),
};
export const MAVEN = {
    name: 'Maven',
    // ComparableVersion accepts any string; only the empty one means nothing
    parse: (version) => (version.trim() === '' ? undefined : version),
    compare: compareMaven,
};
export const DPKG = {
    name: 'dpkg',
    parse: (version) => (parseDpkgVersion(version) ? version : undefined),
    compare: compareDpkg,
};
export const APK = {
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
export function versionOrder(ecosystem) {
    const base = ecosystem.includes(':') ? ecosystem.slice(0, ecosystem.indexOf(':')) : ecosystem;
    switch (base) {
        case 'npm':
        case 'Go':
        case 'crates.io':
        case 'Hex':
        case 'Pub':
        case 'SwiftURL':
        case 'NuGet':
            return SEMVER;
        case 'PyPI':
            return PEP440;
        case 'RubyGems':
            return RUBYGEMS;
        case 'Maven':
            return MAVEN;
        case 'Debian':
        case 'Ubuntu':
            return DPKG;
        case 'Alpine':
            return APK;
        default:
            return undefined;
    }
}
//# sourceMappingURL=index.js.map