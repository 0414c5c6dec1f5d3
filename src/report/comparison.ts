/**
 * Reports of `preflight compare`: which findings of the first version were
 * fixed in the second, which remain and which are new, by format name.
 */
import { escapeControl } from '../util/terminal.js';
import type { Comparison } from '../compare/compare.js';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES } from '../rules/rule.js';
import { htmlPage, type ComparisonStatus } from './html.js';
import type { ReportContext } from './index.js';
import { JSON_FORMAT_VERSION } from './json.js';
import { ruleMeta } from './rule-info.js';
import { sarifLog, type BaselineState } from './sarif.js';

export interface ComparisonReport {
  before: { targets: string[]; result: ScanResult };
  after: { targets: string[]; result: ScanResult };
  comparison: Comparison;
}

export const COMPARISON_FORMATS = {
  text: formatComparisonText,
  json: formatComparisonJson,
  markdown: formatComparisonMarkdown,
  sarif: formatComparisonSarif,
  html: formatComparisonHtml,
} as const;

export type ComparisonFormat = keyof typeof COMPARISON_FORMATS;

export function isComparisonFormat(name: string): name is ComparisonFormat {
  return Object.hasOwn(COMPARISON_FORMATS, name);
}

function headline(report: ComparisonReport): string {
  const { fixed, remaining, added } = report.comparison;
  return `${fixed.length} fixed, ${remaining.length} remaining, ${added.length} new`;
}

function subject(finding: Finding): string {
  return finding.resource ? `${finding.resource.type}.${finding.resource.name}` : '';
}

function formatComparisonText(report: ComparisonReport): string {
  const { fixed, remaining, added } = report.comparison;
  const out = [
    `before: ${escapeControl(report.before.targets.join(' '))} (${report.before.result.findings.length} findings)`,
    `after:  ${escapeControl(report.after.targets.join(' '))} (${report.after.result.findings.length} findings)`,
    '',
  ];
  const line = (f: Finding) =>
    escapeControl(
      `  ${f.severity.padEnd(8)}  ${f.ruleId}  ${subject(f) ? `${subject(f)}  ` : ''}${f.message}  (${f.file}:${f.line})`,
    );
  const section = (title: string, findings: Finding[]) => {
    out.push(`${title} (${findings.length}):`);
    for (const f of findings) out.push(line(f));
    out.push('');
  };
  section('Fixed', fixed);
  section(
    'Remaining',
    remaining.map((r) => r.after),
  );
  section('New', added);
  out.push(headline(report));
  return out.join('\n') + '\n';
}

function formatComparisonJson(report: ComparisonReport, context: ReportContext): string {
  const { fixed, remaining, added } = report.comparison;
  return (
    JSON.stringify(
      {
        tool: { name: 'preflight', version: context.toolVersion },
        formatVersion: JSON_FORMAT_VERSION,
        before: { targets: report.before.targets, findings: report.before.result.findings.length },
        after: { targets: report.after.targets, findings: report.after.result.findings.length },
        summary: { fixed: fixed.length, remaining: remaining.length, new: added.length },
        fixed,
        remaining,
        new: added,
        errors: [...report.before.result.errors, ...report.after.result.errors],
      },
      null,
      2,
    ) + '\n'
  );
}

function formatComparisonMarkdown(report: ComparisonReport): string {
  const { fixed, remaining, added } = report.comparison;
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const out = [
    `# Comparison: ${code(report.before.targets.join(' '))} → ${code(report.after.targets.join(' '))}`,
    '',
    `${report.before.result.findings.length} findings before, ${report.after.result.findings.length} after: **${headline(report)}**.`,
    '',
    '| Severity | Fixed | Remaining | New |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const severity of SEVERITIES) {
    const count = (findings: Finding[]) => findings.filter((f) => f.severity === severity).length;
    out.push(`| ${severity} | ${count(fixed)} | ${count(remaining.map((r) => r.after))} | ${count(added)} |`);
  }
  out.push(`| **total** | **${fixed.length}** | **${remaining.length}** | **${added.length}** |`, '');
  const table = (title: string, rows: { finding: Finding; where: string }[]) => {
    out.push(`## ${title} (${rows.length})`, '');
    if (rows.length === 0) {
      out.push('None.', '');
      return;
    }
    out.push('| Severity | Rule | Resource | Finding | Where |', '| --- | --- | --- | --- | --- |');
    for (const { finding, where } of rows)
      out.push(
        `| ${finding.severity} | ${cell(ruleMeta(finding.ruleId).title)} (${code(finding.ruleId)}) | ${subject(finding) ? code(subject(finding)) : ''} | ${cell(code(finding.message))} | ${cell(code(where))} |`,
      );
    out.push('');
  };
  const at = (f: Finding) => `${f.file}:${f.line}`;
  table(
    'Fixed',
    fixed.map((f) => ({ finding: f, where: at(f) })),
  );
  table(
    'Remaining',
    remaining.map((r) => ({ finding: r.after, where: `${at(r.before)} → ${at(r.after)}` })),
  );
  table(
    'New',
    added.map((f) => ({ finding: f, where: at(f) })),
  );
  return out.join('\n');
}

/** The second version's results marked new or unchanged, plus the fixed ones as absent. */
function formatComparisonSarif(report: ComparisonReport, context: ReportContext): string {
  const { fixed, remaining, added } = report.comparison;
  const states = new Map<Finding, BaselineState>();
  for (const f of added) states.set(f, 'new');
  for (const r of remaining) states.set(r.after, r.after.message === r.before.message ? 'unchanged' : 'updated');
  for (const f of fixed) states.set(f, 'absent');
  const findings = [...report.after.result.findings, ...fixed];
  return sarifLog(findings, [...report.before.result.errors, ...report.after.result.errors], context, states);
}

/** The HTML page with a status column: the fixed findings (first version) and the second version's. */
function formatComparisonHtml(report: ComparisonReport, context: ReportContext): string {
  const { fixed, remaining, added } = report.comparison;
  const statuses = new Map<Finding, ComparisonStatus>();
  for (const f of fixed) statuses.set(f, 'fixed');
  for (const r of remaining) statuses.set(r.after, 'remaining');
  for (const f of added) statuses.set(f, 'new');
  const result: ScanResult = {
    ...report.after.result,
    findings: [...fixed, ...report.after.result.findings],
    errors: [...report.before.result.errors, ...report.after.result.errors],
  };
  return htmlPage(result, context, statuses);
}

export function renderComparison(format: ComparisonFormat, report: ComparisonReport, context: ReportContext): string {
  return COMPARISON_FORMATS[format](report, context);
}
