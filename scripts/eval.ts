/**
 * Recall report on the labelled corpus (`npm run eval`).
 *
 * For every task named in ../shared/corpus/labels/*.jsonl it scans the AI
 * answer (lib/MODEL_RESPONSE.md) and the corrected code beside it (the task
 * folder without its Markdown), then prints per label set and framework:
 * catalog items found / catalog items (an item is found when the answer has a
 * finding of one of its rule ids), every missed item with its evidence, and
 * the critical and high findings on the corrected code per task. A second
 * table counts the items found at their evidence (`scripts/eval/evidence.ts`):
 * a finding at the evidence line or on its resource, whatever its rule; static
 * recall counts catalog items found either way and `static_other` items found
 * at their evidence. Then the precision of the findings judged in
 * eval/triage.jsonl (`scripts/eval/precision.ts`). `--json` prints the recall as JSON.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import type { Finding } from '../src/engine/finding.js';
import { scan } from '../src/engine/scan.js';
import { readLabels, type LabelItem } from '../test/acceptance/seeds.js';
import { CORPUS } from '../test/helpers.js';
import { foundAtEvidence, readAnswerModel, type EvidenceOutcome } from './eval/evidence.js';
import { requirementsReport } from './eval/requirements.js';
import { idiomCounts, summariseIdiom, type IdiomCounts } from './eval/idiom.js';
import { precisionReport } from './eval/precision.js';

interface TaskOutcome {
  task: string;
  framework: string;
  found: LabelItem[];
  missed: LabelItem[];
  correctedCritical: Finding[];
  correctedHigh: Finding[];
  /** Every item with evidence to look for, and whether a finding stands there. */
  atEvidence: { item: LabelItem; outcome: EvidenceOutcome }[];
  idiom: IdiomCounts;
}

function evaluateTask(task: string, labels: LabelItem[]): TaskOutcome {
  const dir = join(CORPUS, 'tasks', task);
  // Both are checked against the task's request, as a user passes it (`--requirements lib/PROMPT.md`).
  const prompt = join(dir, 'lib', 'PROMPT.md');
  const options = { config: DEFAULT_CONFIG, cwd: dir, requirements: existsSync(prompt) ? prompt : undefined };
  const answerPath = join(dir, 'lib', 'MODEL_RESPONSE.md');
  const answer = scan([answerPath], options).findings;
  const answerModel = readAnswerModel(answerPath);
  const corrected = scan([dir], { ...options, markdownInDirectories: false }).findings;
  const reported = new Set(answer.map((f) => f.ruleId));
  const catalog = labels.filter((l) => l.kind === 'catalog');
  return {
    task,
    framework: task.split('/')[0],
    found: catalog.filter((l) => l.rules.some((r) => reported.has(r))),
    missed: catalog.filter((l) => !l.rules.some((r) => reported.has(r))),
    correctedCritical: corrected.filter((f) => f.severity === 'critical'),
    correctedHigh: corrected.filter((f) => f.severity === 'high'),
    atEvidence: labels
      .filter((l) => l.kind !== 'not_static')
      .map((item) => ({ item, outcome: foundAtEvidence(item, answerModel, answer) })),
    idiom: idiomCounts([...answer, ...corrected], task.split('/')[0]),
  };
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

function summarise(name: string, outcomes: TaskOutcome[], out: string[]): void {
  const groups = new Map<string, TaskOutcome[]>();
  for (const o of outcomes) groups.set(o.framework, [...(groups.get(o.framework) ?? []), o]);
  groups.set('all', outcomes);
  out.push(`## ${name}`, '', 'framework   tasks  found/items  recall   critical/task  high/task');
  for (const [framework, group] of groups) {
    const found = group.reduce((n, o) => n + o.found.length, 0);
    const items = found + group.reduce((n, o) => n + o.missed.length, 0);
    const critical = group.reduce((n, o) => n + o.correctedCritical.length, 0);
    const high = group.reduce((n, o) => n + o.correctedHigh.length, 0);
    out.push(
      [
        framework.padEnd(11),
        String(group.length).padStart(5),
        `${found}/${items}`.padStart(12),
        percent(found, items).padStart(7),
        (critical / group.length).toFixed(2).padStart(14),
        (high / group.length).toFixed(2).padStart(10),
      ].join(' '),
    );
  }
  out.push('');
  summariseEvidence(groups, out);
  const missed = outcomes.flatMap((o) => o.missed);
  if (missed.length) {
    out.push(`Missed (${missed.length}):`);
    for (const l of missed)
      out.push(`- ${l.task} #${l.item} [${l.rules.join(', ')}] ${l.title}`, `    evidence (${l.file}): ${l.evidence}`);
    out.push('');
  }
  const alarmed = outcomes.filter((o) => o.correctedCritical.length + o.correctedHigh.length);
  if (alarmed.length) {
    out.push('Critical and high findings on corrected code:');
    for (const o of alarmed) {
      out.push(`- ${o.task}: ${o.correctedCritical.length} critical, ${o.correctedHigh.length} high`);
      for (const f of [...o.correctedCritical, ...o.correctedHigh])
        out.push(`    ${f.severity} ${f.ruleId} ${f.file}:${f.line} ${f.message}`);
    }
    out.push('');
  }
}

/** Items found at their evidence line or resource, per kind, and static recall (catalog by rule or at evidence, plus static_other at evidence). */
function summariseEvidence(groups: Map<string, TaskOutcome[]>, out: string[]): void {
  const kinds = ['catalog', 'static_other', 'needs_requirements'] as const;
  out.push(
    'At the evidence line or resource (found/items; items whose evidence is not in the answer count as missed):',
    '',
    `framework   ${kinds.map((k) => k.padStart(20)).join('')}  static recall`,
  );
  for (const [framework, group] of groups) {
    const evidence = group.flatMap((o) => o.atEvidence);
    const cells = kinds.map((kind) => {
      const items = evidence.filter((e) => e.item.kind === kind);
      const found = items.filter((e) => e.outcome === 'found').length;
      return `${found}/${items.length} ${percent(found, items.length)}`.padStart(20);
    });
    const byRule = new Set(group.flatMap((o) => o.found));
    const staticItems = evidence.filter((e) => e.item.kind === 'catalog' || e.item.kind === 'static_other');
    const staticFound = staticItems.filter((e) => e.outcome === 'found' || byRule.has(e.item)).length;
    out.push(
      `${framework.padEnd(11)} ${cells.join('')}  ${`${staticFound}/${staticItems.length}`.padStart(7)} ${percent(staticFound, staticItems.length)}`,
    );
  }
  out.push('');
}

const labelDir = join(CORPUS, 'labels');
if (!existsSync(labelDir)) {
  process.stderr.write(`eval: no labels at ${labelDir}\n`);
  process.exit(2);
}
const report: string[] = ['# preflight recall on the labelled corpus', ''];
const results: Record<string, TaskOutcome[]> = {};
const labelSets = new Map<string, LabelItem[]>();
for (const file of readdirSync(labelDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const byTask = new Map<string, LabelItem[]>();
  labelSets.set(file, readLabels(join(labelDir, file)));
  for (const label of labelSets.get(file)!) byTask.set(label.task, [...(byTask.get(label.task) ?? []), label]);
  const outcomes = [...byTask].map(([task, labels]) => evaluateTask(task, labels));
  results[file] = outcomes;
  summarise(file, outcomes, report);
  summariseIdiom(outcomes, report);
}
report.push(...requirementsReport(labelSets));
report.push(...precisionReport(CORPUS, new URL('../../eval/triage.jsonl', import.meta.url).pathname));
process.stdout.write(process.argv.includes('--json') ? JSON.stringify(results, null, 2) + '\n' : report.join('\n'));
