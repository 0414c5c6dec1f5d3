/**
 * Which configuration applies where: the nearest `.preflight.yaml` (or
 * `.preflight.yml`) from a directory upwards, unless `--config` names one;
 * and which files a configuration lets through its include/exclude globs.
 */
import { statSync } from 'node:fs';
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

  /** @param explicit the `--config` configuration, which then applies everywhere */
  constructor(private readonly explicit?: Config) {}

  forDirectory(dir: string): Config {
    if (this.explicit) return this.explicit;
    const file = this.nearestFile(resolve(dir));
    if (!file) return DEFAULT_CONFIG;
    let config = this.byFile.get(file);
    if (!config) this.byFile.set(file, (config = loadConfig(file)));
    return config;
  }

  /** The nearest configuration file in `dir` or a directory above it; programs share their parents' answer. */
  private nearestFile(dir: string): string | undefined {
    if (this.fileByDirectory.has(dir)) return this.fileByDirectory.get(dir);
    let file = CONFIG_FILE_NAMES.map((name) => join(dir, name)).find(isFile);
    if (!file && dirname(dir) !== dir) file = this.nearestFile(dirname(dir));
    this.fileByDirectory.set(dir, file);
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
