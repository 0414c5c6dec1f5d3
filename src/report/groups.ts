/**
 * Groups of findings for the human reports: one rule's findings are shown
 * once, with every place they occur, instead of as repeated paragraphs; and
 * within a rule, findings whose messages say the same thing about different
 * resources (one "variant") share one explanation and one example fix.
 */
import type { Finding } from '../engine/finding.js';
import { messageShape } from '../engine/fingerprint.js';
import { SEVERITIES, type Severity } from '../rules/rule.js';

export interface FindingGroup {
  ruleId: string;
  severity: Severity;
  /** In report order (file, line). */
  findings: Finding[];
  /** The findings split by message shape, in order of first occurrence. */
  variants: Finding[][];
}

/** Groups by severity (most severe first), then rule in order of first occurrence; variants by message shape. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { shapes: Map<string, Finding[]> }>();
  for (const finding of findings) {
    const key = `${finding.severity}\u0000${finding.ruleId}`;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: finding.ruleId, severity: finding.severity, findings: [], variants: [], shapes: new Map() };
      groups.set(key, group);
    }
    group.findings.push(finding);
    // The resource's own type is a particular too: `aws_s3_bucket "a" is named…` and `aws_sns_topic "b" is named…` say one thing.
    const shape = messageShape(
      finding.resource ? finding.message.split(finding.resource.type).join('TYPE') : finding.message,
    );
    const variant = group.shapes.get(shape);
    if (variant) variant.push(finding);
    else {
      const created = [finding];
      group.shapes.set(shape, created);
      group.variants.push(created);
    }
  }
  return [...groups.values()]
    .map(({ ruleId, severity, findings: members, variants }) => ({ ruleId, severity, findings: members, variants }))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Counts per severity, every severity present. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
