import semver from 'semver';
import { type Version as GemVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js';
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
export declare const SEMVER: VersionOrder<semver.SemVer>;
/** PEP 440 (PyPI), through `@renovatebot/pep440`, a port of pypa/packaging's `Version`. */
export declare const PEP440: VersionOrder<string>;
/** RubyGems' Gem::Version, through `@renovatebot/ruby-semver` (a port of rubygems/version.rb). */
export declare const RUBYGEMS: VersionOrder<GemVersion>;
export declare const MAVEN: VersionOrder<string>;
export declare const DPKG: VersionOrder<string>;
export declare const APK: VersionOrder<string>;
/**
 * The ordering of an OSV ecosystem (`affected[].package.ecosystem`, with any `:release` suffix),
 * or undefined when Rampart has none: ranges of such ecosystems cannot be evaluated and only their
 * explicit `versions` lists are used.
 */
export declare function versionOrder(ecosystem: string): VersionOrder | undefined;
