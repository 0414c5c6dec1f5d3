/**
 * The requirements measure of `npm run eval` (issue 14): on the labelled dev
 * tasks, how many `needs_requirements` items the answer's findings that cite
 * the task's PROMPT.md catch (a finding at the item's evidence lines or on
 * the resource the evidence names), and every requirement violation reported
 * on the corrected code, listed for checking by hand (most corrected programs
 * meet their request).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Finding } from '../../src/engine/finding.js';
import { scan } from '../../src/engine/scan.js';
import type { LabelItem } from '../../test/acceptance/seeds.js';
import { CORPUS } from '../../test/helpers.js';
import { readAnswerModel } from './evidence.js';

/** The label sets the measure reads (the issue names them). */
export const REQUIREMENT_LABEL_FILES = ['dev.jsonl', 'dev-cfn-cdk.jsonl'];

interface TaskRequirementOutcome {
  task: string;
  items: LabelItem[];
  found: LabelItem[];
  correctedViolations: Finding[];
  corrected: boolean;
}

/** Lines of `text` (1-based) where the evidence's first non-blank line appears. */
function evidenceLines(text: string, evidence: string): { first: number; last: number }[] {
  const wanted = evidence
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (!wanted.length) return [];
  const lines = text.split('\n');
  const spans: { first: number; last: number }[] = [];
  lines.forEach((line, i) => {
    if (line.trim().startsWith(wanted[0])) spans.push({ first: i + 1, last: i + wanted.length + 1 });
  });
  return spans;
}

/**
 * Lines (1-based, first and last) where the whole evidence stands, compared
 * without whitespace: labels often quote a call spread over several lines as
 * one line (`subnet = aws.ec2.Subnet( f"subnet-{tenant_id}",`).
 */
function squeezedEvidenceLines(text: string, evidence: string): { first: number; last: number }[] {
  const wanted = evidence.replace(/\s+/g, '');
  if (!wanted) return [];
  let squeezed = '';
  const lineOf: number[] = [];
  text.split('\n').forEach((line, i) => {
    for (const ch of line.replace(/\s+/g, '')) {
      squeezed += ch;
      lineOf.push(i + 1);
    }
  });
  const spans: { first: number; last: number }[] = [];
  for (let at = squeezed.indexOf(wanted); at >= 0; at = squeezed.indexOf(wanted, at + 1))
    spans.push({ first: lineOf[at], last: lineOf[at + wanted.length - 1] });
  return spans;
}

/** `type name` of the answer's resources declared across one of the spans. */
function resourcesAround(answer: string, spans: { first: number; last: number }[]): Set<string> {
  const keys = new Set<string>();
  for (const program of readAnswerModel(answer).programs)
    for (const resource of program.resources)
      if (spans.some((s) => resource.span.line <= s.last && s.first <= resource.span.endLine))
        keys.add(`${resource.type} ${resource.name}`);
  return keys;
}

/** The finding is on the resource the evidence declares: its quoted name, and its Terraform type when written. */
function onEvidenceResource(finding: Finding, evidence: string | undefined): boolean {
  if (!finding.resource || !evidence) return false;
  const { type, name } = finding.resource;
  const quoted = [`"${name}"`, `'${name}'`, `\`${name}\``].some((q) => evidence.includes(q));
  return quoted && (evidence.includes(type) || !/\bresource\s+"/.test(evidence));
}

/** A missing-service finding for an item without evidence (something missing) whose title names that service. */
function namesMissingService(finding: Finding, title: string): boolean {
  const service = /declares no (.+?) resource/.exec(finding.message)?.[1];
  return (
    finding.ruleId === 'requirements/service' &&
    service !== undefined &&
    title.toLowerCase().includes(service.toLowerCase())
  );
}

function citesRequirement(finding: Finding): boolean {
  return finding.requirement !== undefined;
}

export function evaluateRequirementTask(task: string, labels: LabelItem[]): TaskRequirementOutcome | undefined {
  const dir = join(CORPUS, 'tasks', task);
  const answer = join(dir, 'lib', 'MODEL_RESPONSE.md');
  const prompt = join(dir, 'lib', 'PROMPT.md');
  if (!existsSync(prompt) || !existsSync(answer)) return undefined;
  const options = { config: DEFAULT_CONFIG, cwd: dir, requirements: prompt };
  const cited = scan([answer], options).findings.filter(citesRequirement);
  const text = readFileSync(answer, 'utf8');
  const items = labels.filter((l) => l.kind === 'needs_requirements');
  const found = items.filter((item) => {
    const spans = item.evidence
      ? [...evidenceLines(text, item.evidence), ...squeezedEvidenceLines(text, item.evidence)]
      : [];
    // A finding on the resource declared around a multi-line evidence that names no resource by its quoted name.
    const around = spans.length ? resourcesAround(answer, squeezedEvidenceLines(text, item.evidence ?? '')) : new Set();
    return cited.some(
      (f) =>
        spans.some((s) => f.line >= s.first && f.line <= s.last) ||
        onEvidenceResource(f, item.evidence) ||
        (f.resource !== undefined && around.has(`${f.resource.type} ${f.resource.name}`)) ||
        (!item.evidence && namesMissingService(f, item.title)),
    );
  });
  const corrected = scan([dir], { ...options, markdownInDirectories: false });
  return {
    task,
    items,
    found,
    correctedViolations: corrected.findings.filter(citesRequirement),
    corrected: corrected.programs > 0,
  };
}

/** The measure's report lines for the label sets given (file name → items). */
export function requirementsReport(labelSets: Map<string, LabelItem[]>): string[] {
  const out = ['## Requirements (needs_requirements recall; violations on corrected code)', ''];
  let items = 0;
  let found = 0;
  let programs = 0;
  const violations: Finding[] = [];
  const lines: string[] = [];
  for (const file of REQUIREMENT_LABEL_FILES) {
    const labels = labelSets.get(file) ?? [];
    const byTask = new Map<string, LabelItem[]>();
    for (const label of labels) byTask.set(label.task, [...(byTask.get(label.task) ?? []), label]);
    for (const [task, taskLabels] of byTask) {
      const outcome = evaluateRequirementTask(task, taskLabels);
      if (!outcome) continue;
      items += outcome.items.length;
      found += outcome.found.length;
      if (outcome.corrected) programs++;
      for (const item of outcome.items)
        lines.push(`- ${outcome.found.includes(item) ? 'found ' : 'missed'} ${task} #${item.item} ${item.title}`);
      for (const f of outcome.correctedViolations) {
        violations.push(f);
        lines.push(`    corrected ${task}: ${f.severity} ${f.ruleId} ${f.file}:${f.line} ${f.message}`);
      }
    }
  }
  const percent = items ? ((100 * found) / items).toFixed(1) : 'n/a';
  out.push(
    `needs_requirements items found: ${found}/${items} (${percent}%)`,
    `requirement violations on corrected code: ${violations.length} on ${programs} corrected programs (${programs ? (violations.length / programs).toFixed(2) : 'n/a'} per program)`,
    '',
    ...lines,
    '',
  );
  return out;
}
