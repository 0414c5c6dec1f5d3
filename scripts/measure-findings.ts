/**
 * Findings per task on a sample of the corpus (`node dist/scripts/measure-findings.js`).
 *
 * For a fixed-seed sample of tasks per platform (default 100 of each of tf-hcl,
 * pulumi-ts, pulumi-py, cfn-yaml) it scans the answer (lib/MODEL_RESPONSE.md,
 * checked against lib/PROMPT.md as `npm run eval` does) and the corrected code
 * (the task folder without Markdown), then prints findings per task for each and
 * the rules that report most. Options: `--per <n>` tasks per platform,
 * `--seed <n>`, `--top <n>` rules listed, `--json <file>` writes the counts
 * (per rule and platform) so two runs can be compared.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../src/config/config.js';
import { scan } from '../src/engine/scan.js';
import { CORPUS } from '../test/helpers.js';

const PLATFORMS = ['tf-hcl', 'pulumi-ts', 'pulumi-py', 'cfn-yaml'];

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

/** A small deterministic PRNG (mulberry32), so a sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: T[], n: number, next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

interface Counts {
  tasks: number;
  findings: number;
  byRule: Record<string, number>;
}

function add(counts: Counts, ruleIds: string[]): void {
  counts.tasks++;
  counts.findings += ruleIds.length;
  for (const id of ruleIds) counts.byRule[id] = (counts.byRule[id] ?? 0) + 1;
}

const per = Number(option('--per', '100'));
const seed = Number(option('--seed', '12'));
const top = Number(option('--top', '15'));
const jsonOut = option('--json', '');
const next = random(seed);
const result: Record<string, { answer: Counts; corrected: Counts }> = {};

for (const platform of PLATFORMS) {
  const root = join(CORPUS, 'tasks', platform);
  if (!existsSync(root)) continue;
  const tasks = sample(readdirSync(root).sort(), per, next);
  const answer: Counts = { tasks: 0, findings: 0, byRule: {} };
  const corrected: Counts = { tasks: 0, findings: 0, byRule: {} };
  for (const task of tasks) {
    const dir = join(root, task);
    const prompt = join(dir, 'lib', 'PROMPT.md');
    const options = { config: DEFAULT_CONFIG, cwd: dir, requirements: existsSync(prompt) ? prompt : undefined };
    const answerPath = join(dir, 'lib', 'MODEL_RESPONSE.md');
    if (existsSync(answerPath))
      add(
        answer,
        scan([answerPath], options).findings.map((f) => f.ruleId),
      );
    add(
      corrected,
      scan([dir], { ...options, markdownInDirectories: false }).findings.map((f) => f.ruleId),
    );
  }
  result[platform] = { answer, corrected };
}

function topRules(counts: Counts[]): [string, number][] {
  const total: Record<string, number> = {};
  for (const c of counts) for (const [id, n] of Object.entries(c.byRule)) total[id] = (total[id] ?? 0) + n;
  return Object.entries(total)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top);
}

const out: string[] = ['platform    tasks  answer findings/task  corrected findings/task'];
for (const [platform, { answer, corrected }] of Object.entries(result)) {
  out.push(
    [
      platform.padEnd(11),
      String(answer.tasks).padStart(5),
      (answer.findings / Math.max(answer.tasks, 1)).toFixed(2).padStart(22),
      (corrected.findings / Math.max(corrected.tasks, 1)).toFixed(2).padStart(25),
    ].join(' '),
  );
}
for (const kind of ['answer', 'corrected'] as const) {
  out.push('', `top rules (${kind})`);
  for (const [id, n] of topRules(Object.values(result).map((r) => r[kind])))
    out.push(`${String(n).padStart(6)}  ${id}`);
}
console.log(out.join('\n'));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(result, null, 2) + '\n');
