/**
 * `preflight fix [paths...]`: applies the automatic fixes of the findings
 * (`--rules` limits which), checking each changed file before it is written;
 * `--dry-run` prints a unified diff instead of writing.
 */
import { warn } from '../../util/terminal.js';
import { parseArgs } from 'node:util';
import { planFixesInParallel, unifiedDiff, writeChanges, type FixResult } from '../../fix/fix-files.js';
import { displayPath } from '../../util/paths.js';
import { SCAN_OPTION_SPECS, checkTargets, readScanSettings } from '../scan-options.js';

export async function runFix(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...SCAN_OPTION_SPECS,
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const settings = readScanSettings(values);
  const targets = checkTargets(positionals);
  const plan = await planFixesInParallel(targets, { scan: settings.options, rules: settings.ruleIds }, settings.jobs);
  if (values['dry-run']) {
    process.stdout.write(unifiedDiff(plan.changes, displayPath));
    reportFixes(plan, plan.changes.length, 'would fix');
    return 0;
  }
  const { written, refused } = writeChanges(plan.changes, targets);
  reportFixes({ ...plan, changes: written, refused: [...plan.refused, ...refused] }, written.length, 'fixed');
  return 0;
}

/** One line per refusal and error, then the count, on stderr (stdout carries the diff). */
export function reportFixes(result: FixResult, files: number, verb: string): void {
  for (const error of result.errors) warn(error);
  for (const { file, reason } of result.refused) warn(`left ${displayPath(file)} unchanged: ${reason}`);
  const fixes = result.changes.reduce((sum, change) => sum + change.fixes.length, 0);
  warn(`${verb} ${fixes} finding${fixes === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
}
