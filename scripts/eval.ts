/**
 * Recall report on the labelled corpus (`npm run eval`).
 *
 * For every task named in ../shared/corpus/labels/*.jsonl it scans the AI
 * answer (lib/MODEL_RESPONSE.md) and the corrected code beside it (the task
 * folder without its Markdown), then prints per label set and framework:
 * catalog items found / catalog items (an item is found when the answer has a
 * finding of one of its rule ids), every missed item with its evidence, and
 * the critical and high findings on the corrected code per task. `--json`
 * prints the same as JSON.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import type { Finding } from '../src/engine/finding.js';
import { scan } from '../src/engine/scan.js';
import { readLabels, type LabelItem } from '../test/acceptance/seeds.js';
import { CORPUS } from '../test/helpers.js';
import { idiomCounts, summariseIdiom, type IdiomCounts } from './eval/idiom.js';

interface TaskOutcome {
  task: string;
  framework: string;
  found: LabelItem[];
  missed: LabelItem[];
  correctedCritical: Finding[];
  correctedHigh: Finding[];
  idiom: IdiomCounts;
}

function evaluateTask(task: string, labels: LabelItem[]): TaskOutcome {
  const dir = join(CORPUS, 'tasks', task);
  const options = { config: DEFAULT_CONFIG, cwd: dir };
  const answer = scan([join(dir, 'lib', 'MODEL_RESPONSE.md')], options).findings;
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

const labelDir = join(CORPUS, 'labels');
if (!existsSync(labelDir)) {
  process.stderr.write(`eval: no labels at ${labelDir}\n`);
  process.exit(2);
}
const report: string[] = ['# preflight recall on the labelled corpus', ''];
const results: Record<string, TaskOutcome[]> = {};
for (const file of readdirSync(labelDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()) {
  const byTask = new Map<string, LabelItem[]>();
  for (const label of readLabels(join(labelDir, file)))
    byTask.set(label.task, [...(byTask.get(label.task) ?? []), label]);
  const outcomes = [...byTask].map(([task, labels]) => evaluateTask(task, labels));
  results[file] = outcomes;
  summarise(file, outcomes, report);
  summariseIdiom(outcomes, report);
}
process.stdout.write(process.argv.includes('--json') ? JSON.stringify(results, null, 2) + '\n' : report.join('\n'));
