/**
 * JSON report: the stable machine-readable form (documented in docs/output.md).
 */
import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES } from '../rules/rule.js';
import { displayPath } from '../util/paths.js';
import { requirementStatuses } from './requirement-status.js';

export const JSON_FORMAT_VERSION = 1;

export function formatJson(result: ScanResult, toolVersion: string, cwd: string = process.cwd()): string {
  const summary = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<string, number>;
  for (const finding of result.findings) summary[finding.severity]++;
  return (
    JSON.stringify(
      {
        tool: { name: 'preflight', version: toolVersion },
        formatVersion: JSON_FORMAT_VERSION,
        summary: {
          ...summary,
          files: result.filesScanned,
          programs: result.programs,
          suppressed: result.suppressed ?? 0,
          skippedDocuments: result.skippedDocuments ?? 0,
          hiddenByBaseline: result.hiddenByBaseline ?? 0,
        },
        findings: result.findings,
        ...(result.requirements?.length ? { requirements: requirementStatuses(result) } : {}),
        configFiles: (result.configFiles ?? []).map((file) => displayPath(file, cwd)),
        errors: result.errors,
      },
      null,
      2,
    ) + '\n'
  );
}
