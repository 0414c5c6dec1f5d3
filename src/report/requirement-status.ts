/**
 * Each requirement of the requests a scan used, as a QA checklist item:
 * violated (a finding cites it), met (a check ran and found nothing) or not
 * checkable (no rule can judge it on these programs).
 */
import type { ScanResult } from '../engine/scan.js';
import { describeRequirement } from '../requirements/describe.js';

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

export function requirementStatuses(result: ScanResult): RequirementStatusLine[] {
  const lines: RequirementStatusLine[] = [];
  for (const outcome of result.requirements ?? []) {
    outcome.set.requirements.forEach((requirement, index) => {
      const violations = result.findings.filter(
        (f) => f.requirement?.file === outcome.set.file && f.requirement.index === index,
      );
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
