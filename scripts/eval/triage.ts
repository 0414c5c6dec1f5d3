/**
 * Prints the candidates of the precision sample (scripts/eval/precision.ts)
 * that eval/triage.jsonl does not judge yet, each with the code around it and
 * a triage line to complete, so judging is quick:
 *
 *   node dist/scripts/eval/triage.js [--rule <id>] [--limit <n>] [--context <lines>] [--census]
 *   node dist/scripts/eval/triage.js --judge <file>
 *   node dist/scripts/eval/triage.js --prune
 *
 * Judge by reading the code. `--judge` appends to eval/triage.jsonl one line per
 * line of <file>: `<key> true|false|severity:<right severity> <one-line reason>`.
 * `--census` lists, and lets `--judge` take, every unjudged
 * population finding (of `--rule`), not only the sampled candidates: judging a
 * rule's whole population widens its measure without biasing it.
 * `--prune` drops the stale lines of eval/triage.jsonl (judgements of findings
 * that no longer appear anywhere in the population or the labelled tasks),
 * keeping the other lines byte for byte.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../../test/helpers.js';
import { collectPopulation, readTriage, type Candidate, type TriageEntry } from './precision.js';
import { SEVERITIES, type Severity } from '../../src/rules/rule.js';

const TRIAGE = new URL('../../../eval/triage.jsonl', import.meta.url).pathname;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function context(c: Candidate, lines: number): string {
  try {
    const text = readFileSync(join(CORPUS, 'tasks', c.task, c.file), 'utf8').split('\n');
    const from = Math.max(0, c.line - 1 - lines);
    const to = Math.min(text.length, c.line + lines);
    return text
      .slice(from, to)
      .map((l, i) => `${String(from + i + 1).padStart(5)}${from + i + 1 === c.line ? '>' : ' '} ${l}`)
      .join('\n');
  } catch {
    return '  (file not readable)';
  }
}

const judged = new Set(readTriage(TRIAGE).map((e) => e.key));
const rule = option('--rule');
const limit = Number(option('--limit') ?? 20);
const lines = Number(option('--context') ?? 8);
const { findings, labelled, candidates } = collectPopulation(CORPUS);
const census = process.argv.includes('--census');
const open = (census ? findings : candidates)
  .filter((c) => !judged.has(c.key) && (!rule || c.ruleId === rule))
  .sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
const judgements = option('--judge');
if (process.argv.includes('--prune')) {
  const current = new Set([...findings, ...labelled, ...candidates].map((c) => c.key));
  const kept: string[] = [];
  let dropped = 0;
  for (const line of readFileSync(TRIAGE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const key = (JSON.parse(line) as TriageEntry).key;
    if (current.has(key)) kept.push(line);
    else dropped++;
  }
  writeFileSync(TRIAGE, kept.map((l) => l + '\n').join(''));
  process.stdout.write(`dropped ${dropped} stale judgements; ${kept.length} remain in eval/triage.jsonl\n`);
} else if (judgements) {
  const byKey = new Map(open.map((c) => [c.key, c]));
  const lines: string[] = [];
  for (const line of readFileSync(judgements, 'utf8').split('\n')) {
    const match = /^(\S+)\s+(true|false|severity:(\w+))\s+(.+)$/.exec(line.trim());
    if (!line.trim()) continue;
    const c = match && byKey.get(match[1]);
    if (!match || !c || (match[3] && !SEVERITIES.includes(match[3] as Severity))) {
      process.stderr.write(`skipped (unknown or judged key, or bad verdict): ${line}\n`);
      continue;
    }
    byKey.delete(c.key);
    const entry: TriageEntry = {
      task: c.task,
      input: c.input,
      file: c.file,
      ruleId: c.ruleId,
      severity: c.severity,
      key: c.key,
      verdict: match[3] ? 'severity' : (match[2] as 'true' | 'false'),
      ...(match[3] ? { rightSeverity: match[3] as Severity } : {}),
      reason: match[4],
    };
    lines.push(JSON.stringify(entry));
  }
  appendFileSync(TRIAGE, lines.map((l) => l + '\n').join(''));
  process.stdout.write(`appended ${lines.length} judgements to eval/triage.jsonl\n`);
} else {
  process.stdout.write(`${open.length} untriaged ${census ? 'population findings' : 'candidates'}\n\n`);
  for (const c of open.slice(0, limit)) {
    const line = { task: c.task, input: c.input, file: c.file, ruleId: c.ruleId, severity: c.severity, key: c.key };
    process.stdout.write(
      `=== ${c.key} ${c.task} ${c.input} ${c.file}:${c.line} [${c.origin}]\n${c.severity} ${c.ruleId}: ${c.message}\n` +
        `${context(c, lines)}\n${JSON.stringify(line)}\n\n`,
    );
  }
}
