/**
 * Options shared by the commands that scan (scan, and later fix and compare):
 * their parseArgs declarations and their validation into engine options.
 */
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { defaultJobs } from '../engine/parallel.js';
import type { ScanOptions } from '../engine/scan.js';
import { RULES } from '../rules/index.js';
import { SEVERITIES, severityRank, type Severity } from '../rules/rule.js';
import type { Finding } from '../engine/finding.js';
import { UsageError } from './usage-error.js';
import { PARSE_ERROR_RULE, UNSUPPORTED_LANGUAGE_RULE } from '../engine/scan.js';

export const SCAN_OPTION_SPECS = {
  'fail-on': { type: 'string', default: 'high' },
  rules: { type: 'string' },
  config: { type: 'string' },
  'no-markdown': { type: 'boolean', default: false },
  jobs: { type: 'string' },
  requirements: { type: 'string' },
  'no-requirements': { type: 'boolean', default: false },
} as const;

export interface ScanOptionValues {
  'fail-on': string;
  rules?: string;
  config?: string;
  'no-markdown': boolean;
  jobs?: string;
  requirements?: string;
  'no-requirements': boolean;
}

export interface ScanSettings {
  options: ScanOptions;
  jobs: number;
  failOn: Severity | 'none';
  ruleIds?: string[];
}

/**
 * The paths to scan (default `.`), each checked: a path the user named that
 * cannot be read is an error (exit 2), never a scan of nothing that passes.
 */
export function checkTargets(paths: string[]): string[] {
  const targets = paths.length ? paths : ['.'];
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`no such file or directory: ${target}`);
    const problem = unreadable(target);
    if (problem) throw new UsageError(`cannot read ${target}: ${problem}`);
  }
  return targets;
}

/** Why a named path cannot be read, or undefined: a directory must list, a file must open, nothing else is read. */
function unreadable(target: string): string | undefined {
  try {
    const stats = statSync(target);
    if (stats.isDirectory()) readdirSync(target);
    // Opening a regular file never blocks (a FIFO's open would, so it is refused first).
    else if (stats.isFile()) closeSync(openSync(target, 'r'));
    else return 'not a regular file or a directory';
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

export function readScanSettings(values: ScanOptionValues): ScanSettings {
  const failOn = values['fail-on'];
  if (failOn !== 'none' && !SEVERITIES.includes(failOn as Severity))
    throw new UsageError(`--fail-on must be one of critical, high, medium, low, none, not "${failOn}"`);
  let ruleIds: string[] | undefined;
  if (values.rules !== undefined) {
    ruleIds = values.rules
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const known = new Set(RULES.map((r) => r.meta.id));
    const unknown = ruleIds.filter(
      (id) => !known.has(id) && id !== PARSE_ERROR_RULE && id !== UNSUPPORTED_LANGUAGE_RULE,
    );
    if (unknown.length) throw new UsageError(`unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
  }
  // Without --config, each program uses the nearest .preflight.yaml above it (engine/scan.ts).
  const config = values.config !== undefined ? loadConfig(values.config) : undefined;
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a positive integer, not "${values.jobs}"`);
  if (values.requirements !== undefined && values['no-requirements'])
    throw new UsageError('--requirements and --no-requirements cannot be given together');
  if (values.requirements !== undefined && !existsSync(values.requirements))
    throw new UsageError(`no such requirements file: ${values.requirements}`);
  return {
    options: {
      config,
      ruleIds,
      markdownInDirectories: !values['no-markdown'],
      requirements: values.requirements !== undefined ? resolve(values.requirements) : undefined,
      noRequirements: values['no-requirements'],
    },
    jobs,
    failOn: failOn as Severity | 'none',
    ruleIds,
  };
}

/** `--rules` without `parse-error` (or `preflight/unsupported-language`) hides those findings too. */
export function keepRequestedFindings(findings: Finding[], ruleIds: string[] | undefined): Finding[] {
  if (!ruleIds) return findings;
  const hidden = [PARSE_ERROR_RULE, UNSUPPORTED_LANGUAGE_RULE].filter((id) => !ruleIds.includes(id));
  return findings.filter((f) => !hidden.includes(f.ruleId));
}

/** Exit code 1 when a finding is at or above the threshold, else 0. */
export function exitCodeFor(findings: Finding[], failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  const threshold = severityRank(failOn);
  return findings.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}
