/**
 * `preflight scan [paths...]`: scan, optionally fix (`--fix`), report.
 */
import { parseArgs } from 'node:util';
import { scanInParallel } from '../../engine/parallel.js';
import { planFixesInParallel, writeChanges } from '../../fix/fix-files.js';
import { reportFixes } from './fix.js';
import { REPORT_FORMATS, isReportFormat, renderReport } from '../../report/index.js';
import {
  SCAN_OPTION_SPECS,
  checkTargets,
  exitCodeFor,
  keepRequestedFindings,
  readScanSettings,
} from '../scan-options.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';

export async function runScan(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...SCAN_OPTION_SPECS,
      format: { type: 'string', default: 'text' },
      fix: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      color: { type: 'boolean' },
    },
  });
  const format = values.format;
  if (!isReportFormat(format))
    throw new UsageError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}, not "${format}"`);
  const settings = readScanSettings(values);
  const targets = checkTargets(positionals);
  if (values.fix) {
    // The same engine as `preflight fix`: checked, atomic writes; then the report shows what remains.
    const plan = await planFixesInParallel(targets, { scan: settings.options, rules: settings.ruleIds }, settings.jobs);
    const { written, refused } = writeChanges(plan.changes);
    reportFixes({ ...plan, changes: written, refused: [...plan.refused, ...refused] }, written.length, 'fixed');
  }
  const result = await scanInParallel(targets, settings.options, settings.jobs);
  result.findings = keepRequestedFindings(result.findings, settings.ruleIds);

  const color = values.color ?? (!values['no-color'] && !process.env.NO_COLOR && process.stdout.isTTY === true);
  process.stdout.write(
    renderReport(format, result, { toolVersion: VERSION, cwd: process.cwd(), color, quiet: values.quiet }),
  );
  if (format !== 'text') for (const error of result.errors) process.stderr.write(`preflight: ${error}\n`);
  return exitCodeFor(result.findings, settings.failOn);
}
