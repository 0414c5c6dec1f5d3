/**
 * GitHub Actions workflow commands (`--format github`): one `::error`,
 * `::warning` or `::notice` line per finding, which GitHub shows as an
 * annotation on the file and line of a pull request, escaped as the runner
 * parses them (toolkit `command.ts`: `%`, CR and LF in the message; those and
 * `:` and `,` in a property value).
 */
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import type { Severity } from '../rules/rule.js';

const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubAnnotation(finding: Finding): string {
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `endLine=${finding.endLine}`,
    // GitHub draws a column range only within one line.
    ...(finding.line === finding.endLine ? [`col=${finding.column}`, `endColumn=${finding.endColumn}`] : []),
    `title=${escapeProperty(`preflight ${finding.severity}: ${finding.ruleId}`)}`,
  ];
  return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}\n`;
}

export function formatGithub(result: ScanResult): string {
  const errors = result.errors.map((error) => `::error title=preflight::${escapeData(error)}\n`);
  return result.findings.map(githubAnnotation).join('') + errors.join('');
}
