/**
 * Each requirement of the requests a scan used, as a QA checklist item:
 * violated (a finding cites it), met (a check ran and found nothing) or not
 * checkable (no rule can judge it on these programs).
 */
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';
import { describeRequirement } from '../requirements/describe.js';
import { CONTEXT_SETTINGS } from '../requirements/types.js';

export type RequirementStatus = 'met' | 'violated' | 'not checkable';

export interface RequirementStatusLine {
  file: string;
  line: number;
  text: string;
  requirement: string;
  status: RequirementStatus;
  /** Rule ids of the findings that violate it. */
  rules: string[];
}

/**
 * `checklist`: leave out what only describes the request (a production-grade
 * system), which no rule can meet; the JSON report keeps every requirement, in
 * the order of the request's `requirements` array that findings index.
 */
export function requirementStatuses(result: ScanResult, { checklist = false } = {}): RequirementStatusLine[] {
  const lines: RequirementStatusLine[] = [];
  // The findings citing each requirement, gathered in one pass (by request file, then index):
  // filtering every finding for every requirement took minutes on a corpus scan.
  const citing = new Map<string, Finding[][]>();
  for (const finding of result.findings) {
    if (!finding.requirement) continue;
    const { file, index } = finding.requirement;
    let byIndex = citing.get(file);
    if (!byIndex) citing.set(file, (byIndex = []));
    (byIndex[index] ??= []).push(finding);
  }
  for (const outcome of result.requirements ?? []) {
    const byIndex = citing.get(outcome.set.file) ?? [];
    outcome.set.requirements.forEach((requirement, index) => {
      if (checklist && requirement.kind === 'setting' && CONTEXT_SETTINGS.has(requirement.setting)) return;
      const violations = byIndex[index] ?? [];
      lines.push({
        file: outcome.set.file,
        line: requirement.source.line,
        text: requirement.source.text,
        requirement: describeRequirement(requirement),
        status: violations.length ? 'violated' : outcome.checked.includes(index) ? 'met' : 'not checkable',
        rules: [...new Set(violations.map((f) => f.ruleId))],
      });
    });
  }
  return lines;
}
