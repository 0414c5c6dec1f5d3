/**
 * Which configuration applies where: the nearest `.preflight.yaml` (or
 * `.preflight.yml`) from a directory upwards, unless `--config` names one;
 * and which files a configuration lets through its include/exclude globs.
 *
 * The search stops at the repository root (the directory holding `.git`):
 * a configuration above it, in a home or a world-writable temporary
 * directory, is not the repository's and could silence every scan below it.
 * Outside a repository the search stops at the working directory (or, for a
 * program outside it, at the program's own directory).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_CONFIG, type Config } from './config.js';
import { loadConfig } from './load.js';
import { relativeInside } from '../util/paths.js';

export const CONFIG_FILE_NAMES = ['.preflight.yaml', '.preflight.yml'];

/** Configurations by directory, each file read once and each directory looked at once. */
export class ConfigResolver {
  /** The nearest configuration file of each directory asked about or passed on the way up. */
  private readonly fileByDirectory = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, Config>();

  private readonly cwd: string;

  /**
   * @param explicit the `--config` configuration, which then applies everywhere
   * @param cwd where the search stops outside a repository
   */
  constructor(
    private readonly explicit?: Config,
    cwd: string = process.cwd(),
  ) {
    this.cwd = resolve(cwd);
  }

  forDirectory(dir: string): Config {
    if (this.explicit) return this.explicit;
    const start = resolve(dir);
    const repository = repositoryRoot(start);
    const stop = repository ?? (relativeInside(this.cwd, start) !== undefined ? this.cwd : start);
    const file = this.nearestFile(start, stop);
    if (!file) return DEFAULT_CONFIG;
    let config = this.byFile.get(file);
    if (!config) this.byFile.set(file, (config = loadConfig(file)));
    return config;
  }

  /**
   * The nearest configuration file in `dir` or a directory above it up to
   * `stop`; programs share their parents' answer (the same `stop` for every
   * directory of one repository, or of the working directory).
   */
  private nearestFile(dir: string, stop: string): string | undefined {
    const key = `${dir}\0${stop}`;
    if (this.fileByDirectory.has(key)) return this.fileByDirectory.get(key);
    let file = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(isFile);
    if (!file && dir !== stop && dirname(dir) !== dir) file = this.nearestFile(dirname(dir), stop);
    this.fileByDirectory.set(key, file);
    return file;
  }
}

const matchers = new WeakMap<Config, { include?: picomatch.Matcher; exclude?: picomatch.Matcher }>();

/** Whether the configuration's include/exclude globs let `file` be scanned. */
export function isIncluded(config: Config, file: string): boolean {
  if (!config.include.length && !config.exclude.length) return true;
  let compiled = matchers.get(config);
  if (!compiled) {
    const options = { dot: true };
    compiled = {
      include: config.include.length ? picomatch(config.include, options) : undefined,
      exclude: config.exclude.length ? picomatch(config.exclude, options) : undefined,
    };
    matchers.set(config, compiled);
  }
  const base = config.file ? dirname(resolve(config.file)) : process.cwd();
  // Globs are relative to the configuration's directory; a file outside it is matched by its absolute path.
  const path = (relativeInside(base, resolve(file)) ?? resolve(file)).split(sep).join('/');
  if (compiled.include && !compiled.include(path)) return false;
  return !compiled.exclude?.(path);
}

const repositoryRoots = new Map<string, string | undefined>();

/** The nearest directory at or above `dir` that holds `.git` (a directory, or a file in a worktree). */
export function repositoryRoot(dir: string): string | undefined {
  if (repositoryRoots.has(dir)) return repositoryRoots.get(dir);
  let root: string | undefined;
  if (existsSync(join(dir, '.git'))) root = dir;
  else if (dirname(dir) !== dir) root = repositoryRoot(dirname(dir));
  repositoryRoots.set(dir, root);
  return root;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
