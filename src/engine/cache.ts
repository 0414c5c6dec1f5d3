/**
 * `--cache`: the results of unchanged programs are reused from the last scan
 * (stored in `.preflight-cache`, or where `--cache-location` says, as ESLint
 * does). A program's entry is keyed by the content of every file it is made
 * of, its configuration, the rules asked for, the working directory (findings
 * carry relative paths), the runtime lifecycle stage of the scan's date,
 * preflight's version and this build; the files its
 * readers looked for beyond its own (imports, handler code) are checked by
 * content too, present or absent. A cache file that cannot be read, is
 * malformed or was written by another version is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { MAX_SOURCE_BYTES, readBoundedFile, readBoundedText } from '../util/read-file.js';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';
import { runtimeLifecycleStage } from '../schema/runtime-lifecycle.js';
import type { ConfiguredProgram, ScanResult } from './scan.js';

export const DEFAULT_CACHE_LOCATION = '.preflight-cache';

/** Changes whenever the entry layout changes: older files are then ignored. */
const CACHE_FORMAT = 1;

interface Entry {
  key: string;
  /** Files read beyond the program's own: path → content hash, or null when it did not exist. */
  reads: Record<string, string | null>;
  result: ScanResult;
}

interface CacheFile {
  format: number;
  /** preflight's version and build: a cache of another build is ignored as a whole. */
  build: string;
  entries: Record<string, Entry>;
}

/** A cache larger than this is not read (the whole corpus' cache is a few MB). */
const CACHE_MAX_BYTES = 256 * 1024 * 1024;

/** The content hash of a file, or null when it cannot be read. */
function fileHash(path: string): string | null {
  try {
    return createHash('sha256')
      .update(readBoundedFile(path, { maxBytes: MAX_SOURCE_BYTES }))
      .digest('base64url');
  } catch {
    return null;
  }
}

/**
 * The version, the rule registry and this build's own file (rewritten by every
 * build): a development build with changed rules does not reuse old results.
 */
function buildIdentity(version: string): string {
  const self = fileURLToPath(import.meta.url);
  let stamp = '';
  try {
    const stats = statSync(self);
    stamp = `${stats.size}:${stats.mtimeMs}`;
  } catch {
    // Bundled or virtual: the version and rules still count.
  }
  const rules = RULES.map((rule) => `${rule.meta.id}:${rule.meta.severity}:${String(rule.meta.frameworks)}`).join();
  return createHash('sha256').update(`${CACHE_FORMAT}\0${version}\0${stamp}\0${rules}`).digest('base64url');
}

function isEntry(value: unknown): value is Entry {
  const entry = value as Entry;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.key === 'string' &&
    typeof entry.reads === 'object' &&
    entry.reads !== null &&
    typeof entry.result === 'object' &&
    entry.result !== null &&
    Array.isArray(entry.result.findings) &&
    Array.isArray(entry.result.errors) &&
    typeof entry.result.filesScanned === 'number' &&
    typeof entry.result.bytesScanned === 'number' &&
    typeof entry.result.programs === 'number'
  );
}

export class ScanCache {
  private readonly build: string;
  private readonly entries = new Map<string, Entry>();
  /** Whether the file on disk was usable (for the report on stderr). */
  readonly loaded: boolean;
  hits = 0;
  misses = 0;

  constructor(
    readonly location: string,
    version: string,
    private readonly context: { cwd: string; ruleIds?: string[] },
  ) {
    this.build = buildIdentity(version);
    this.loaded = this.load();
  }

  private load(): boolean {
    let parsed: CacheFile;
    try {
      parsed = JSON.parse(readBoundedText(this.location, { maxBytes: CACHE_MAX_BYTES, what: 'cache' })) as CacheFile;
    } catch {
      return false;
    }
    if (typeof parsed !== 'object' || parsed === null || parsed.format !== CACHE_FORMAT || parsed.build !== this.build)
      return false;
    if (typeof parsed.entries !== 'object' || parsed.entries === null) return false;
    for (const [root, entry] of Object.entries(parsed.entries)) if (isEntry(entry)) this.entries.set(root, entry);
    return true;
  }

  /** The key of a program as it is on disk now, scanned on `date` (whose runtime lifecycle stage counts). */
  keyOf(program: ConfiguredProgram, date: string): string {
    const hash = createHash('sha256');
    hash.update(
      JSON.stringify([
        program.kind,
        program.root,
        program.named ?? false,
        program.config,
        this.context.cwd,
        this.context.ruleIds ?? null,
        runtimeLifecycleStage(date),
      ]),
    );
    for (const file of program.files) hash.update(`\0${file}\0${fileHash(file) ?? 'missing'}`);
    return hash.digest('base64url');
  }

  /** The stored result of a program whose files, configuration and reads are unchanged; else undefined. */
  lookup(program: ConfiguredProgram, key: string): ScanResult | undefined {
    const entry = this.entries.get(`${program.kind}\0${program.root}`);
    const fresh =
      entry !== undefined &&
      entry.key === key &&
      Object.entries(entry.reads).every(([path, hash]) => fileHash(path) === hash);
    if (!fresh) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return structuredClone(entry.result);
  }

  store(program: ConfiguredProgram, key: string, result: ScanResult): void {
    const reads: Record<string, string | null> = {};
    for (const path of result.filesRead ?? []) reads[path] ??= fileHash(path);
    const kept = structuredClone(result);
    delete kept.filesRead;
    this.entries.set(`${program.kind}\0${program.root}`, { key, reads, result: kept });
  }

  /** Writes the cache beside its place and renames it there, so a reader never sees half a file. */
  save(): void {
    const file: CacheFile = { format: CACHE_FORMAT, build: this.build, entries: Object.fromEntries(this.entries) };
    const temporary = `${this.location}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, this.location);
  }
}
