// An OSV data directory (one record a file, as osv.dev's per-ecosystem exports unpack) as an index
// from package to affected entries. Building it reads and parses every record; the result is
// cached on disk, keyed by the directory's listing and its directories' modification times, so
// later runs read one file instead of the whole tree. Only what matching needs is indexed; a
// matched record's id, aliases, severity and summary are read from its file when a finding needs them.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseRecord, type AffectedEntry, type ParsedRecord, type RecordInfo } from './osv.js';

/** Bump when the cached layout changes. */
const CACHE_FORMAT = 6;

export interface OsvIndex {
  /** The directory, absolute. */
  readonly dir: string;
  /** The affected entries of a package (`packageKey`), or undefined when no record names it. */
  entries(key: string): readonly AffectedEntry[] | undefined;
  /** Packages the records name. */
  readonly packageCount: number;
  /** The newest `modified` timestamp of any record: how current the data is. */
  readonly newestModified?: string;
  /** Records indexed, and files that were not usable records (with a few examples). */
  readonly records: number;
  readonly skipped: number;
  readonly skippedExamples: readonly { readonly file: string; readonly reason: string }[];
  /** Whether this run read the cache instead of the records. */
  readonly fromCache: boolean;
  /** `.zip` files found in the directory: osv.dev's exports must be unpacked. */
  readonly zips: readonly string[];
}

/**
 * The cache file: a JSON header line, then one line per package (in the header's `keys` order)
 * holding that package's entries as JSON. Loading it parses the header only and finds the lines
 * with `indexOf`; a package's line is parsed when an SBOM looks the package up. A whole-file
 * JSON.parse would build every entry (or every string) of 200,000 records to use a few thousand.
 */
interface CacheHeader {
  readonly format: number;
  readonly key: string;
  /** Package keys, one per line after the header. */
  readonly keys: readonly string[];
  readonly newestModified?: string;
  readonly records: number;
  readonly skipped: number;
  readonly skippedExamples: readonly { file: string; reason: string }[];
}

export interface OsvIndexOptions {
  /** Where cached indexes live; null disables caching. Default: `$RAMPART_CACHE_DIR`, else `$XDG_CACHE_HOME/rampart`, else `~/.cache/rampart`. */
  readonly cacheDir?: string | null;
  /** Ignore a cached index and rebuild it. */
  readonly rebuild?: boolean;
  readonly now?: Date;
}

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.RAMPART_CACHE_DIR !== undefined) return env.RAMPART_CACHE_DIR === '' ? null : env.RAMPART_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rampart');
}

interface Listing {
  readonly files: string[];
  readonly zips: string[];
  /** Every directory with its mtime: adding, removing or replacing a file (unzip, rsync, git) changes it. */
  readonly dirs: string[];
}

function list(root: string): Listing {
  const files: string[] = [];
  const zips: string[] = [];
  const dirs: string[] = [];
  // relative paths by concatenation: path.join/relative on 200,000 names costs more than the readdir
  const walk = (dir: string, rel: string) => {
    dirs.push(`${rel}\0${statSync(dir).mtimeMs}`);
    // names only (no Dirent per file): a record is a .json file, anything else may be a directory
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      if (name.endsWith('.json')) files.push(rel + name);
      else if (name.endsWith('.zip')) zips.push(rel + name);
      else if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), rel + name + '/');
    }
  };
  walk(root, '');
  files.sort();
  zips.sort();
  dirs.sort();
  return { files, zips, dirs };
}

function cacheKey(dir: string, listing: Listing): string {
  const h = createHash('sha256');
  h.update(`${CACHE_FORMAT}\n${dir}\n${listing.dirs.join('\n')}\n${listing.files.join('\n')}`);
  return h.digest('hex');
}

function cachePath(cacheDir: string, dir: string): string {
  return join(cacheDir, `osv-index-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.jsonl`);
}

/**
 * The index of an OSV directory: from the cache when the directory has not changed since it was
 * built, else built from the records (and cached). Unreadable and malformed files are counted and
 * skipped, never fatal: a 200,000-record export with one broken file is still usable.
 */
export function loadOsvIndex(dirArg: string, options: OsvIndexOptions = {}): OsvIndex {
  const dir = resolve(dirArg);
  const listing = list(dir);
  const key = cacheKey(dir, listing);
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const path = cacheDir === null ? undefined : cachePath(cacheDir, dir);
  if (path !== undefined && !options.rebuild) {
    const cached = readCache(path, key);
    if (cached) {
      const { header, text, lines } = cached;
      const decoded = new Map<string, readonly AffectedEntry[]>();
      return {
        dir,
        entries(pkg) {
          let list = decoded.get(pkg);
          if (list === undefined) {
            const start = lines.get(pkg);
            if (start === undefined) return undefined;
            decoded.set(pkg, (list = JSON.parse(text.slice(start, text.indexOf('\n', start))) as AffectedEntry[]));
          }
          return list;
        },
        packageCount: lines.size,
        newestModified: header.newestModified,
        records: header.records,
        skipped: header.skipped,
        skippedExamples: header.skippedExamples,
        fromCache: true,
        zips: listing.zips,
      };
    }
  }
  const { packages, ...built } = build(dir, listing.files, options.now ?? new Date());
  if (path !== undefined) writeCache(path, { format: CACHE_FORMAT, key, ...built, keys: [...packages.keys()] }, packages);
  return { dir, ...built, entries: (pkg) => packages.get(pkg), packageCount: packages.size, fromCache: false, zips: listing.zips };
}

/** The cache's header, its text, and where each package's line starts; undefined when absent, stale or damaged (then it is rebuilt). */
function readCache(path: string, key: string): { header: CacheHeader; text: string; lines: Map<string, number> } | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const end = text.indexOf('\n');
    if (end === -1) return undefined;
    const header = JSON.parse(text.slice(0, end)) as CacheHeader;
    if (header.format !== CACHE_FORMAT || header.key !== key || !Array.isArray(header.keys)) return undefined;
    const lines = new Map<string, number>();
    let at = end + 1;
    for (const k of header.keys) {
      const next = text.indexOf('\n', at);
      if (next === -1) return undefined; // cut short
      lines.set(k, at);
      at = next + 1;
    }
    return at === text.length ? { header, text, lines } : undefined;
  } catch {
    return undefined; // no cache yet, or a damaged one: rebuild
  }
}

function writeCache(path: string, header: CacheHeader, packages: ReadonlyMap<string, readonly AffectedEntry[]>): void {
  try {
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    // JSON.stringify never writes a raw newline, so one line per package is safe
    writeFileSync(tmp, [JSON.stringify(header), ...header.keys.map((k) => JSON.stringify(packages.get(k)))].join('\n') + '\n');
    renameSync(tmp, path); // readers never see half a file
    rmSync(path.replace(/\.jsonl$/, '.json'), { force: true }); // the single-document cache of earlier versions
  } catch {
    // a read-only home or cache directory only costs the next run a rebuild
  }
}

function build(dir: string, files: readonly string[], now: Date): Omit<OsvIndex, 'dir' | 'fromCache' | 'zips' | 'entries' | 'packageCount'> & { packages: Map<string, AffectedEntry[]> } {
  const packages = new Map<string, AffectedEntry[]>();
  let newest: string | undefined;
  let newestMs = -Infinity;
  let records = 0;
  let skipped = 0;
  const skippedExamples: { file: string; reason: string }[] = [];
  const skip = (file: string, reason: string) => {
    skipped++;
    if (skippedExamples.length < 5) skippedExamples.push({ file, reason });
  };
  for (const file of files) {
    let parsed: ParsedRecord | { skip: string };
    try {
      parsed = parseRecord(JSON.parse(readFileSync(join(dir, file), 'utf8')), file, now, { severity: false });
    } catch (e) {
      skip(file, e instanceof SyntaxError ? `invalid JSON: ${e.message}` : `unreadable: ${(e as Error).message}`);
      continue;
    }
    if ('skip' in parsed) {
      // withdrawn records are data, not damage: they are left out without a word
      if (!parsed.skip.includes('withdrawn')) skip(file, parsed.skip);
      continue;
    }
    records++;
    const ms = Date.parse(parsed.info.modified);
    if (ms > newestMs) (newestMs = ms), (newest = parsed.info.modified);
    for (const [pkg, entry] of parsed.affected) {
      let list = packages.get(pkg);
      if (!list) packages.set(pkg, (list = []));
      list.push({ file, ...entry });
    }
  }
  return { packages, ...(newest !== undefined && { newestModified: newest }), records, skipped, skippedExamples };
}

/** A matched record's identity and text, read from its file once per index. */
export interface RecordDetails extends RecordInfo {
  readonly summary?: string;
  readonly related: readonly string[];
}

const details = new WeakMap<OsvIndex, Map<string, RecordDetails | null>>();

export function recordDetails(index: OsvIndex, file: string, now: Date = new Date()): RecordDetails | undefined {
  let byRecord = details.get(index);
  if (!byRecord) details.set(index, (byRecord = new Map()));
  let d: RecordDetails | null | undefined = byRecord.get(file);
  if (d === undefined) {
    d = null;
    try {
      const json = JSON.parse(readFileSync(join(index.dir, file), 'utf8'));
      const parsed = parseRecord(json, file, now);
      if (!('skip' in parsed)) {
        const summary = typeof json.summary === 'string' && json.summary.trim() !== '' ? json.summary.trim() : typeof json.details === 'string' ? json.details.trim().split('\n')[0].slice(0, 200) : undefined;
        d = { ...parsed.info, related: parsed.related, ...(summary && { summary }) };
      }
    } catch {
      // changed or removed since the index was built: the entry is dropped
    }
    byRecord.set(file, d as RecordDetails | null);
  }
  return d ?? undefined;
}
