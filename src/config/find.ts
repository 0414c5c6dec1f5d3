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

/** The nearest configuration file in `dir` or a directory above it. */
export function findConfigFile(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(current, name);
      if (isFile(path)) return path;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** Configurations by directory, each file read once. */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, Config>();
  private readonly byFile = new Map<string, Config>();

  /** @param explicit the `--config` configuration, which then applies everywhere */
  constructor(private readonly explicit?: Config) {}

  forDirectory(dir: string): Config {
    if (this.explicit) return this.explicit;
    let config = this.byDirectory.get(dir);
    if (!config) {
      const file = findConfigFile(dir);
      config = file ? (this.byFile.get(file) ?? loadConfig(file)) : DEFAULT_CONFIG;
      if (file) this.byFile.set(file, config);
      this.byDirectory.set(dir, config);
    }
    return config;
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
