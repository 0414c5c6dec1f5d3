/**
 * Configuration as the engine uses it: the profile, per-rule settings and the
 * files to scan. Read from `.preflight.yaml` by `load.ts`, found by `find.ts`.
 */
import type { RuleOptionValue, Severity } from '../rules/rule.js';

/** What the stacks are for: ephemeral stacks must be destroyable, production stacks protected. */
export type Profile = 'ephemeral' | 'production';

export const PROFILES: readonly Profile[] = ['ephemeral', 'production'];

export interface RuleSetting {
  /** Severity every finding of the rule gets, or `off`. */
  severity?: Severity | 'off';
  /** Option values the configuration gives (validated against the rule's `meta.options`). */
  options: Record<string, RuleOptionValue>;
}

export interface Config {
  /** The file this configuration was read from; absent for the defaults. */
  file?: string;
  profile?: Profile;
  rules: Record<string, RuleSetting>;
  /** Globs (relative to the configuration file's directory) a file must match to be scanned, when any. */
  include: string[];
  /** Globs of files not to scan. */
  exclude: string[];
  /** The request (e.g. `PROMPT.md`) the programs are checked against, resolved from the configuration file's directory. */
  requirements?: string;
}

export const DEFAULT_CONFIG: Config = { rules: {}, include: [], exclude: [] };

/** A configuration that cannot be used: the message names the file, line and key. */
export class ConfigError extends Error {}

/** A configuration from settings given in code (tests, API users), with the defaults for the rest. */
export function makeConfig(settings: Partial<Config> = {}): Config {
  return { ...DEFAULT_CONFIG, ...settings };
}
