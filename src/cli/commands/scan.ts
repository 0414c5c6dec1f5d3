/**
 * `preflight scan [paths...]`: scan, optionally fix (`--fix`), report.
 */
import { warn } from '../../util/terminal.js';
import { parseArgs } from 'node:util';
import { applyBaseline, DEFAULT_BASELINE_FILE, readBaseline, writeBaseline } from '../../engine/baseline.js';
import { scanInParallel, type ScanObserver } from '../../engine/parallel.js';
import { parseShard } from '../../engine/shard.js';
import { DEFAULT_CACHE_LOCATION, ScanCache } from '../../engine/cache.js';
import { planFixesInParallel, writeChanges } from '../../fix/fix-files.js';
import { reportFixes } from './fix.js';
import { REPORT_FORMATS, isReportFormat, renderReport } from '../../report/index.js';
import { jsonLines } from '../../report/jsonl.js';
import { progressLine, progressWanted } from '../progress.js';
import {
  SCAN_OPTION_SPECS,
  checkTargets,
  exitCodeFor,
  keepRequestedFindings,
  readScanSettings,
} from '../scan-options.js';
import { writeReport } from '../output.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';

export async function runScan(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...SCAN_OPTION_SPECS,
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      fix: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'no-color': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      baseline: { type: 'string' },
      'write-baseline': { type: 'boolean', default: false },
      shard: { type: 'string' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
    },
  });
  const format = values.format;
  if (!isReportFormat(format))
    throw new UsageError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(', ')}, not "${format}"`);
  const settings = readScanSettings(values);
  const targets = checkTargets(positionals);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    throw new UsageError(`--shard must be i/n with 1 <= i <= n (e.g. 2/4), not "${values.shard}"`);
  const cwd = process.cwd();
  // Read before scanning: a missing or broken baseline is a usage error, not a late surprise.
  const baseline =
    values.baseline !== undefined && !values['write-baseline'] ? readBaseline(values.baseline, cwd) : undefined;
  if (values.fix) {
    // The same engine as `preflight fix`: checked, atomic writes; then the report shows what remains.
    const plan = await planFixesInParallel(targets, { scan: settings.options, rules: settings.ruleIds }, settings.jobs);
    const { written, refused } = writeChanges(plan.changes, targets);
    reportFixes({ ...plan, changes: written, refused: [...plan.refused, ...refused] }, written.length, 'fixed');
  }
  const observers: ScanObserver[] = [];
  const progress = progressWanted(process.stderr, process.env) ? progressLine(process.stderr) : undefined;
  if (progress) observers.push(progress.observer);
  // JSON Lines to standard output are written program by program, unless a baseline must see every finding first.
  const streamed = format === 'jsonl' && values.output === undefined && values.baseline === undefined;
  if (streamed)
    observers.push({
      scanned(_program, partial) {
        const lines = jsonLines(keepRequestedFindings(partial.findings, settings.ruleIds));
        if (!lines) return;
        progress?.end();
        process.stdout.write(lines);
      },
    });
  // As in ESLint, --cache-location takes effect with --cache.
  const cache = values.cache
    ? new ScanCache(values['cache-location'] ?? DEFAULT_CACHE_LOCATION, VERSION, { cwd, ruleIds: settings.ruleIds })
    : undefined;
  let result;
  try {
    result = await scanInParallel(targets, settings.options, settings.jobs, {
      shard,
      cache,
      observer: observers.length
        ? {
            started: (programs) => observers.forEach((o) => o.started?.(programs)),
            scanned: (program, partial) => observers.forEach((o) => o.scanned?.(program, partial)),
          }
        : undefined,
    });
  } finally {
    progress?.end();
  }
  if (cache) {
    try {
      cache.save();
    } catch (error) {
      // A cache that cannot be written costs time next run, never a result.
      warn(
        `cannot write the cache ${cache.location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  }
  result.findings = keepRequestedFindings(result.findings, settings.ruleIds);
  if (values['write-baseline']) {
    // Everything found now is accepted: later scans with --baseline fail only on new findings.
    const file = values.baseline ?? DEFAULT_BASELINE_FILE;
    writeBaseline(file, result.findings, cwd);
    const count = result.findings.length;
    warn(`wrote ${count} finding${count === 1 ? '' : 's'} to the baseline ${file}`);
  } else if (baseline && values.baseline !== undefined) {
    const { kept, hidden } = applyBaseline(result.findings, baseline, values.baseline, cwd);
    result.findings = kept;
    result.hiddenByBaseline = hidden;
  }

  const color =
    values.color ??
    (!values['no-color'] && !process.env.NO_COLOR && values.output === undefined && process.stdout.isTTY === true);
  if (!streamed)
    writeReport(
      renderReport(format, result, { toolVersion: VERSION, cwd, color, quiet: values.quiet, targets }),
      values.output,
    );
  // Read errors go to stderr in every format, so stdout carries only the report.
  for (const error of result.errors) warn(error);
  return values['write-baseline'] ? 0 : exitCodeFor(result.findings, settings.failOn);
}
