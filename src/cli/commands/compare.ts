/**
 * `preflight compare <before> <after>`: scan two versions of a program (two
 * directories or files, e.g. an AI answer and its corrected code) and report
 * which findings were fixed, which remain and which are new.
 */
import { warn } from '../../util/terminal.js';
import { parseArgs } from 'node:util';
import { compareVersions } from '../../compare/compare.js';
import { scanInParallel } from '../../engine/parallel.js';
import { COMPARISON_FORMATS, isComparisonFormat, renderComparison } from '../../report/comparison.js';
import { writeReport } from '../output.js';
import { SCAN_OPTION_SPECS, checkTargets, keepRequestedFindings, readScanSettings } from '../scan-options.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import { severityRank } from '../../rules/rule.js';

export async function runCompare(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...SCAN_OPTION_SPECS,
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
    },
  });
  const format = values.format;
  if (!isComparisonFormat(format))
    throw new UsageError(`--format must be one of ${Object.keys(COMPARISON_FORMATS).join(', ')}, not "${format}"`);
  if (positionals.length !== 2) throw new UsageError('compare takes two paths: preflight compare <before> <after>');
  const [before, after] = checkTargets(positionals);
  const settings = readScanSettings(values);
  // An answer is compared as the file it is: a directory's Markdown documents
  // (often the answer itself, beside the corrected code) are not part of it.
  // Both versions are judged against the same request: the one given, else none (a default PROMPT.md
  // beside a Markdown answer would apply to one side only and show its findings as fixed).
  const options = {
    ...settings.options,
    markdownInDirectories: false,
    noRequirements: settings.options.requirements === undefined,
  };
  const beforeResult = await scanInParallel([before], options, settings.jobs);
  const afterResult = await scanInParallel([after], options, settings.jobs);
  beforeResult.findings = keepRequestedFindings(beforeResult.findings, settings.ruleIds);
  afterResult.findings = keepRequestedFindings(afterResult.findings, settings.ruleIds);
  const comparison = compareVersions(beforeResult.findings, afterResult.findings);
  writeReport(
    renderComparison(
      format,
      {
        before: { targets: [before], result: beforeResult },
        after: { targets: [after], result: afterResult },
        comparison,
      },
      { toolVersion: VERSION, cwd: process.cwd(), color: false, quiet: false, targets: [before, after] },
    ),
    values.output,
  );
  for (const error of [...beforeResult.errors, ...afterResult.errors]) warn(error);
  // Like scan's --fail-on, but only for what the second version introduced.
  if (settings.failOn === 'none') return 0;
  const threshold = severityRank(settings.failOn);
  return comparison.added.some((f) => severityRank(f.severity) >= threshold) ? 1 : 0;
}
