/**
 * Markdown report: the "failures and corrections" document QA engineers
 * write after a deployment, written from a scan. Findings are grouped by
 * severity; each group says what is wrong and why (rule metadata), where,
 * what it does to the deployment, and how to fix it with before/after code
 * from the program's own source. Then summary statistics and testing
 * recommendations for the rules that fired.
 */
import { escapeControl } from '../util/terminal.js';
import { basename } from 'node:path';
import type { Finding } from '../engine/finding.js';
import { requirementStatuses } from './requirement-status.js';
import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES, type Severity } from '../rules/rule.js';
import { excerptOf, SourceCache, type Excerpt } from './excerpts.js';
import { groupFindings, severityCounts, type FindingGroup } from './groups.js';
import type { ReportContext } from './index.js';
import { ruleMeta, rulePage } from './rule-info.js';

const SEVERITY_HEADINGS: Record<Severity, string> = {
  critical: 'Critical Failures',
  high: 'High Severity Issues',
  medium: 'Medium Severity Issues',
  low: 'Low Severity Issues',
};

/** What each severity means for the deployment, said once per finding's impact. */
const SEVERITY_IMPACT: Record<Severity, string> = {
  critical: 'the deployment fails, or what it deploys cannot work.',
  high: 'likely to fail a deployment or a release, or to open a security hole.',
  medium: 'deploys, but is fragile, insecure or costly to operate.',
  low: 'best practice; fix it when the code is next touched.',
};

export function formatMarkdown(result: ScanResult, context: ReportContext): string {
  const sources = new SourceCache(context.cwd);
  const out: string[] = [];
  const title = programTitle(context.targets);
  out.push(`# Failures and Corrections: ${code(title)}`, '');
  out.push(
    `preflight ${context.toolVersion} reviewed ${context.targets.map(code).join(', ')}: ` +
      `${plural(result.findings.length, 'finding')} in ${plural(result.filesScanned, 'file')}.`,
    '',
  );
  if (result.findings.length === 0) out.push('No failures found: every rule passed.', '');

  const groups = groupFindings(result.findings);
  let number = 0;
  for (const severity of SEVERITIES) {
    const ofSeverity = groups.filter((g) => g.severity === severity);
    if (ofSeverity.length === 0) continue;
    out.push(`## ${SEVERITY_HEADINGS[severity]}`, '');
    for (const group of ofSeverity) {
      number++;
      out.push(...groupSection(number, group, sources), '---', '');
    }
  }

  out.push(...requirementsSection(result));
  out.push(...summary(result.findings), ...testingRecommendations(groups, context.targets));
  if (result.errors.length) {
    out.push('## Paths Not Scanned', '');
    for (const error of result.errors) out.push(`- ${error}`);
    out.push('');
  }
  return out.join('\n');
}

function groupSection(number: number, group: FindingGroup, sources: SourceCache): string[] {
  const meta = ruleMeta(group.ruleId);
  const out: string[] = [`### ${number}. ${meta.title}`, ''];
  out.push(`**Issue**: ${[meta.description, meta.rationale].filter(Boolean).join(' ')}`, '');
  out.push(...location(group.findings), ...relatedLocations(group.findings), '');
  out.push(`**Impact**: ${group.severity.toUpperCase()}: ${SEVERITY_IMPACT[group.severity]}`, '');
  group.variants.forEach((variant, index) => {
    if (group.variants.length > 1) out.push(`#### ${number}.${index + 1} ${variantName(variant)}`, '');
    out.push(...rootCause(variant), ...correction(variant, sources));
  });
  const references = [`rule \`${meta.id}\` (${rulePage(meta.id)})`];
  if (meta.docs) references.push(meta.docs);
  out.push(`**Reference**: ${references.join('; ')}`, '');
  return out;
}

/** Every place the group occurs: resource and line, under the file when they share one. */
function location(findings: Finding[]): string[] {
  const files = new Set(findings.map((f) => f.file));
  const oneFile = files.size === 1;
  const at = (f: Finding) => (oneFile ? `line ${f.line}` : `${code(f.file)}, line ${f.line}`);
  const item = (f: Finding) => (f.resource ? `${code(f.resource.name)} (${code(f.resource.type)}), ${at(f)}` : at(f));
  const where = oneFile ? ` in ${code(findings[0].file)}` : '';
  if (findings.length === 1) return [`**Location**${where}: ${item(findings[0])}`];
  const names = [...new Set(findings.filter((f) => f.resource).map((f) => code(f.resource!.name)))];
  const types = new Set(findings.map((f) => f.resource?.type));
  const sameType = types.size === 1 && findings[0].resource;
  let summary = `${findings.length} places`;
  if (sameType && names.length === 1)
    summary = `${findings.length} findings on ${names[0]} (${findings[0].resource!.type})`;
  else if (sameType && names.length === findings.length)
    summary = `${findings.length} ${findings[0].resource!.type} resources: ${names.join(', ')}`;
  return [`**Location**${where}: ${summary}`, '', ...findings.map((f) => `- ${item(f)}`)];
}

/** The related locations of the findings (the other places of one root cause, the requirement cited). */
function relatedLocations(findings: Finding[]): string[] {
  const lines = findings.flatMap((f) =>
    (f.related ?? []).map(
      (r) =>
        `- ${r.file === f.file ? '' : `${code(r.file)}, `}line ${r.line} (related to line ${f.line}): ${r.message}`,
    ),
  );
  return lines.length ? ['', '**Related locations**:', '', ...lines] : [];
}

/** A variant's heading when a rule has several: what its first finding is about. */
function variantName(variant: Finding[]): string {
  const first = variant[0];
  const subject = first.resource ? code(first.resource.name) : `line ${first.line}`;
  if (variant.length > 1) return `${subject} and ${plural(variant.length - 1, 'other')}`;
  return first.resource ? `${subject}, line ${first.line}` : subject;
}

function rootCause(variant: Finding[]): string[] {
  const first = variant[0];
  if (variant.length === 1) return [`**Root cause**: ${code(first.message)}`, ''];
  const subject = first.resource ? code(first.resource.name) : `line ${first.line}`;
  return [
    `**Root cause** (for ${subject}; the other ${plural(variant.length - 1, 'finding')} alike): ${code(first.message)}`,
    '',
  ];
}

/**
 * The fix: its description, then Before (the real lines) and After (the
 * lines with the fix's edits applied, else the rule's suggested code). One
 * example stands for the variant; the others change the same way.
 */
function correction(variant: Finding[], sources: SourceCache): string[] {
  const example = variant.find((f) => f.fix) ?? variant.find((f) => f.suggestion) ?? variant[0];
  const excerpt = excerptOf(example, sources);
  const out: string[] = [];
  const how = example.fix
    ? `${code(example.fix.description)} (automatic: \`preflight scan --fix\`).`
    : example.suggestion
      ? 'Change the code as below.'
      : code(remedyOf(example.message));
  const subject = example.resource ? code(example.resource.name) : `line ${example.line}`;
  const rest = variant.length > 1 ? ` Shown for ${subject}; the others change the same way.` : '';
  out.push(`**Fix**: ${how}${rest}`, '');
  if (excerpt)
    out.push(
      `**Before** (${code(basename(example.file))}, ${lineRange(excerpt)}):`,
      '',
      ...fence(excerpt.before, excerpt.language),
      '',
    );
  if (excerpt?.after !== undefined) {
    const elsewhere = excerpt.afterFirstLine !== excerpt.firstLine ? ` (from line ${excerpt.afterFirstLine})` : '';
    out.push(`**After**${elsewhere}:`, '', ...fence(excerpt.after, excerpt.language), '');
    if (excerpt.omittedEdits)
      out.push(`The fix makes ${plural(excerpt.omittedEdits, 'more change')} further down, in the same way.`, '');
  } else if (example.suggestion)
    out.push('**After** (suggested):', '', ...fence(example.suggestion.after, excerpt?.language ?? ''), '');
  else out.push('**After**: the rule gives the correction in words only (see **Fix**), not as code.', '');
  return out;
}

/** The sentences of a message after its first: rules end their messages with what to do. */
function remedyOf(message: string): string {
  const sentences = message.split(/(?<=[.;:])\s+(?=[A-Z])/);
  return sentences.length > 1 ? sentences.slice(1).join(' ') : message;
}

function lineRange(excerpt: Excerpt): string {
  const last = excerpt.firstLine + excerpt.before.split('\n').length - 1;
  return last === excerpt.firstLine ? `line ${excerpt.firstLine}` : `lines ${excerpt.firstLine}-${last}`;
}

/** The request's requirements as a QA checklist: met, violated or not checkable. */
function requirementsSection(result: ScanResult): string[] {
  const statuses = requirementStatuses(result, { checklist: true });
  if (!statuses.length) return [];
  const files = [...new Set(statuses.map((s) => s.file))];
  const out = [
    '## Requirements',
    '',
    `Checked against ${files.map(code).join(', ')}: ` +
      (['violated', 'met', 'not checkable'] as const)
        .map((status) => `${statuses.filter((s) => s.status === status).length} ${status}`)
        .join(', ') +
      '.',
    '',
    '| Status | Requirement | Source | Rules |',
    '| --- | --- | --- | --- |',
  ];
  for (const s of statuses) {
    const source = `${s.file}:${s.line}: ${s.text.length > 100 ? `${s.text.slice(0, 97)}...` : s.text}`;
    out.push(`| ${s.status} | ${cell(s.requirement)} | ${cell(source)} | ${s.rules.map(code).join(', ') || '-'} |`);
  }
  out.push('');
  return out;
}

/** Text safe inside a table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function summary(findings: Finding[]): string[] {
  const counts = severityCounts(findings);
  const out = ['## Summary Statistics', '', '| Severity | Findings | Rules |', '| --- | ---: | --- |'];
  for (const severity of SEVERITIES) {
    const rules = [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.ruleId))];
    out.push(`| ${capitalize(severity)} | ${counts[severity]} | ${rules.map(code).join(', ') || '-'} |`);
  }
  const allRules = new Set(findings.map((f) => f.ruleId));
  out.push(`| **Total** | **${findings.length}** | ${plural(allRules.size, 'rule')} |`, '');
  return out;
}

/** One check per rule that fired: re-scan for it, and watch for the failure it prevents. */
function testingRecommendations(groups: FindingGroup[], targets: string[]): string[] {
  const ruleIds = [...new Set(groups.map((g) => g.ruleId))];
  if (ruleIds.length === 0) return [];
  const out = [
    '## Testing Recommendations',
    '',
    `After the corrections, \`preflight scan ${targets.join(' ')}\` should report none of the rules below ` +
      '(`--rules <id>` checks one). In a test deployment, watch for the failure each one prevents:',
    '',
  ];
  ruleIds.forEach((id, index) => {
    const meta = ruleMeta(id);
    const count = groups.filter((g) => g.ruleId === id).reduce((n, g) => n + g.findings.length, 0);
    const failure = firstSentence(meta.rationale);
    out.push(
      `${index + 1}. **${meta.title}** (\`${id}\`, ${plural(count, 'finding')})${failure ? `: ${failure}` : ''}`,
    );
  });
  out.push('');
  return out;
}

/** The program's name for the title: the target, or the targets, as given. */
function programTitle(targets: string[]): string {
  return targets.length === 1 ? targets[0] : targets.join(', ');
}

function firstSentence(text: string): string {
  const match = /^.*?[.!](?=\s+[A-Z]|$)/.exec(text);
  return (match ? match[0] : text).trim();
}

function fence(text: string, language: string): string[] {
  // A fence longer than any backtick run inside the code keeps it intact.
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marker = '`'.repeat(Math.max(3, longest + 1));
  return [`${marker}${language}`, text, marker];
}

/**
 * A code span: names and messages from the scanned code show as text even in
 * a renderer that passes HTML through; control characters are shown escaped.
 */
export function code(raw: string): string {
  const text = escapeControl(raw);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return longest ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
