/**
 * The commands, each loaded when it runs, and the errors that are the user's
 * to mend. Kept apart from main.ts, which loads this module only when a
 * command runs: `--version` and `--help` load no parser, rule or schema (in
 * the bundle, this module and what it loads is a file of its own).
 */
import { UsageError } from './usage-error.js';

type Command = (argv: string[]) => number | Promise<number>;

export const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./commands/scan.js')).runScan,
  fix: async () => (await import('./commands/fix.js')).runFix,
  rules: async () => (await import('./commands/rules.js')).runRules,
  compare: async () => (await import('./commands/compare.js')).runCompare,
  init: async () => (await import('./commands/init.js')).runInit,
  requirements: async () => (await import('./commands/requirements.js')).runRequirements,
};

/** Errors that are the user's to mend (one line, no "internal error"), thrown by a command. */
export async function isUserError(error: unknown): Promise<boolean> {
  if (error instanceof UsageError) return true;
  // Only a command that has loaded these modules can have thrown their errors.
  const [{ ConfigError }, { BaselineError }, { RequirementsError }] = await Promise.all([
    import('../config/config.js'),
    import('../engine/baseline.js'),
    import('../requirements/load.js'),
  ]);
  return error instanceof ConfigError || error instanceof BaselineError || error instanceof RequirementsError;
}
