/**
 * Configuration: defaults, overridden by a `.preflight.json` file.
 */
import { readFileSync } from 'node:fs';
import type { Severity } from '../rules/rule.js';

export interface Config {
  /** Requirements forbid inline IAM policies: `iam/inline-policy` becomes high. */
  forbidInlinePolicies: boolean;
  /** Account-level Lambda concurrent executions limit. */
  accountConcurrencyLimit: number;
  /** Reserved concurrency a single function may take before it is flagged. */
  maxReservedConcurrencyPerFunction: number;
  /** Per-rule severity overrides, or `off`. */
  rules: Record<string, Severity | 'off'>;
}

export const DEFAULT_CONFIG: Config = {
  forbidInlinePolicies: false,
  accountConcurrencyLimit: 1000,
  maxReservedConcurrencyPerFunction: 50,
  rules: {},
};

export class ConfigError extends Error {}

const SEVERITY_OR_OFF = new Set(['critical', 'high', 'medium', 'low', 'off']);

/** Reads a configuration file; throws ConfigError with a one-line message when it is invalid. */
export function loadConfig(path: string): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read config ${path}: ${(error as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ConfigError(`config ${path}: expected an object`);
  const input = raw as Record<string, unknown>;
  const config: Config = { ...DEFAULT_CONFIG, rules: {} };
  for (const [key, value] of Object.entries(input)) {
    switch (key) {
      case 'forbidInlinePolicies':
        if (typeof value !== 'boolean') throw new ConfigError(`config ${path}: ${key} must be true or false`);
        config.forbidInlinePolicies = value;
        break;
      case 'accountConcurrencyLimit':
      case 'maxReservedConcurrencyPerFunction':
        if (typeof value !== 'number' || value < 0) throw new ConfigError(`config ${path}: ${key} must be a number`);
        config[key] = value;
        break;
      case 'rules':
        if (!value || typeof value !== 'object') throw new ConfigError(`config ${path}: rules must be an object`);
        for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
          if (typeof level !== 'string' || !SEVERITY_OR_OFF.has(level))
            throw new ConfigError(`config ${path}: rules.${id} must be critical, high, medium, low or off`);
          config.rules[id] = level as Severity | 'off';
        }
        break;
      default:
        throw new ConfigError(`config ${path}: unknown setting "${key}"`);
    }
  }
  return config;
}
