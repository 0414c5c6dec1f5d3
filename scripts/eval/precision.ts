/**
 * Precision of preflight's findings on the dev corpus, from a committed
 * triage file (eval/triage.jsonl) of human judgements.
 *
 * The population: every finding on a fixed-seed sample of tasks of every
 * platform preflight reads (tf-hcl, pulumi-ts, pulumi-py, cfn-yaml,
 * cfn-json, cdk-ts, cdk-py, cdktf-ts, cdktf-py), both the answer (lib/MODEL_RESPONSE.md) and the corrected code
 * (the task folder without its Markdown). The candidates to judge: the
 * findings of that population whose key hashes below a fixed rate (so a
 * finding's membership does not depend on the others, and a new rule's
 * findings join the sample by themselves), plus every critical and high
 * finding on the labelled dev tasks of those platforms.
 *
 * A finding's key is a hash of the task, the input, its identity by message
 * shape (`findingIdentity` with the file relative to the task: rule, file,
 * resource, message shape; never the line) and its occurrence among findings
 * of the same identity, so it survives line moves and small message changes.
 *
 * Verdicts: `true` (a real problem at the severity it had when judged),
 * `false` (not a problem), `severity` (a real problem whose right severity is
 * `rightSeverity`). A finding counts as precise when it is not false and its
 * current severity is the right one, so re-rating a rule moves the figures.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Finding } from '../../src/engine/finding.js';
import { findingIdentity } from '../../src/engine/fingerprint.js';
import { scan } from '../../src/engine/scan.js';
import { SEVERITIES, type Severity } from '../../src/rules/rule.js';

/** The corpus platforms preflight reads. */
export const PLATFORMS = [
  'tf-hcl',
  'pulumi-ts',
  'pulumi-py',
  'cfn-yaml',
  'cfn-json',
  'cdk-ts',
  'cdk-py',
  'cdktf-ts',
  'cdktf-py',
] as const;
export const SEED = 'preflight-precision-1';
/** Share of each platform's tasks in the population. */
export const TASK_RATE = 0.06;
/** Share of the population's findings drawn for judgement. */
export const FINDING_RATE = 0.18;

export type Input = 'answer' | 'corrected';
export type Verdict = 'true' | 'false' | 'severity';

export interface Candidate {
  task: string;
  input: Input;
  /** Relative to the task folder. */
  file: string;
  line: number;
  ruleId: string;
  severity: Severity;
  message: string;
  key: string;
  /** Drawn at random from the population, or a critical/high finding of a labelled task. */
  origin: 'sample' | 'labelled';
}

export interface TriageEntry {
  task: string;
  input: Input;
  file: string;
  ruleId: string;
  /** The finding's severity when it was judged. */
  severity: Severity;
  key: string;
  verdict: Verdict;
  /** With verdict `severity`: the severity the finding should have. */
  rightSeverity?: Severity;
  reason: string;
}

/** A number in [0, 1) from a seed and a text, the same on every run. */
export function hashFraction(seed: string, text: string): number {
  return createHash('sha256').update(`${seed}\u0000${text}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** Keys of findings of one input of one task, in the order given (position order). */
export function findingKeys(task: string, input: Input, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = findingIdentity(finding, { withFile: true, byShape: true });
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return createHash('sha256')
      .update([task, input, identity, String(occurrence)].join('\u0000'))
      .digest('hex')
      .slice(0, 16);
  });
}

/** The tasks of the population: a fixed-seed share of each platform's tasks. */
export function populationTasks(corpus: string): string[] {
  const tasks: string[] = [];
  for (const platform of PLATFORMS) {
    const dir = join(corpus, 'tasks', platform);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const task = `${platform}/${name}`;
      if (hashFraction(SEED, task) < TASK_RATE) tasks.push(task);
    }
  }
  return tasks;
}

/** Labelled dev tasks on the platforms preflight reads. */
export function labelledTasks(corpus: string): string[] {
  const tasks = new Set<string>();
  for (const file of ['dev.jsonl', 'dev-cfn-cdk.jsonl']) {
    const path = join(corpus, 'labels', file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const task = (JSON.parse(line) as { task: string }).task;
      if ((PLATFORMS as readonly string[]).includes(task.split('/')[0])) tasks.add(task);
    }
  }
  return [...tasks].sort();
}

/** Every finding of a task's answer and corrected code, keyed. */
export function scanTask(corpus: string, task: string, origin: Candidate['origin']): Candidate[] {
  const dir = join(corpus, 'tasks', task);
  const prompt = join(dir, 'lib', 'PROMPT.md');
  const options = { config: DEFAULT_CONFIG, cwd: dir, requirements: existsSync(prompt) ? prompt : undefined };
  const answerPath = join(dir, 'lib', 'MODEL_RESPONSE.md');
  const inputs: [Input, Finding[]][] = [
    ['answer', existsSync(answerPath) ? scan([answerPath], options).findings : []],
    ['corrected', scan([dir], { ...options, markdownInDirectories: false }).findings],
  ];
  return inputs.flatMap(([input, findings]) => {
    const keys = findingKeys(task, input, findings);
    return findings.map((f, i) => ({
      task,
      input,
      file: f.file,
      line: f.line,
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      key: keys[i],
      origin,
    }));
  });
}

export interface Population {
  /** Every finding of the population tasks. */
  findings: Candidate[];
  /**
   * Every finding of the labelled tasks, whatever its severity: a judged finding a
   * re-rating moved below high is still matched (and counted at its new severity).
   */
  labelled: Candidate[];
  /** What is to be judged: the random draw plus the labelled tasks' critical and high findings. */
  candidates: Candidate[];
}

export function collectPopulation(corpus: string): Population {
  const findings = populationTasks(corpus).flatMap((task) => scanTask(corpus, task, 'sample'));
  const candidates = findings.filter((f) => hashFraction(SEED, f.key) < FINDING_RATE);
  const keys = new Set(candidates.map((c) => c.key));
  const labelled = labelledTasks(corpus).flatMap((task) => scanTask(corpus, task, 'labelled'));
  for (const f of labelled) {
    if ((f.severity === 'critical' || f.severity === 'high') && !keys.has(f.key)) {
      keys.add(f.key);
      candidates.push(f);
    }
  }
  return { findings, labelled, candidates };
}

const VERDICTS: readonly Verdict[] = ['true', 'false', 'severity'];

/** Problems of a triage file: missing or bad fields, unknown verdicts, duplicate keys. Empty when well-formed. */
export function triageProblems(text: string): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const at = `line ${index + 1}`;
    let entry: Partial<TriageEntry>;
    try {
      entry = JSON.parse(line) as Partial<TriageEntry>;
    } catch {
      problems.push(`${at}: not JSON`);
      return;
    }
    for (const field of ['task', 'file', 'ruleId', 'key', 'reason'] as const)
      if (typeof entry[field] !== 'string' || !entry[field]) problems.push(`${at}: no ${field}`);
    if (entry.input !== 'answer' && entry.input !== 'corrected') problems.push(`${at}: input is not answer|corrected`);
    if (!SEVERITIES.includes(entry.severity as Severity)) problems.push(`${at}: bad severity`);
    if (!VERDICTS.includes(entry.verdict as Verdict)) problems.push(`${at}: verdict is not true|false|severity`);
    if (entry.verdict === 'severity') {
      if (!SEVERITIES.includes(entry.rightSeverity as Severity))
        problems.push(`${at}: verdict severity without rightSeverity`);
      else if (entry.rightSeverity === entry.severity) problems.push(`${at}: rightSeverity equals severity`);
    } else if (entry.rightSeverity !== undefined) problems.push(`${at}: rightSeverity without verdict severity`);
    if (typeof entry.key === 'string') {
      if (keys.has(entry.key)) problems.push(`${at}: duplicate key ${entry.key}`);
      keys.add(entry.key);
    }
  });
  return problems;
}

export function readTriage(path: string): TriageEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TriageEntry);
}

/** The outcome of one judged finding as it is reported today. */
export type Outcome = 'true' | 'false' | 'severity';

/** A judged finding today: false stays false; otherwise precise when its current severity is the right one. */
export function outcomeOf(entry: TriageEntry, currentSeverity: Severity): Outcome {
  if (entry.verdict === 'false') return 'false';
  const right = entry.verdict === 'severity' ? entry.rightSeverity! : entry.severity;
  return right === currentSeverity ? 'true' : 'severity';
}

export interface RuleFigures {
  ruleId: string;
  n: number;
  true: number;
  false: number;
  severity: number;
  /** Findings of the rule in the whole population. */
  volume: number;
}

export interface PrecisionFigures {
  rules: RuleFigures[];
  /** Σ precision(rule) × share of the rule in the population, over rules with judged findings (shares renormalised). */
  volumeWeighted: number | undefined;
  /** Share of the population's findings whose rule has at least one judged finding. */
  volumeCovered: number;
  critHigh: { n: number; true: number };
  triaged: number;
  stale: TriageEntry[];
  untriaged: Candidate[];
}

export function precision(n: { true: number; n: number }): number | undefined {
  return n.n ? n.true / n.n : undefined;
}

/**
 * The arithmetic: matches triage entries to the current findings by key
 * (entries whose finding is gone are stale), counts outcomes per rule and
 * weights each rule's precision by its share of the population.
 */
export function computePrecision(
  population: readonly Pick<Candidate, 'key' | 'ruleId'>[],
  candidates: readonly Candidate[],
  current: ReadonlyMap<string, Pick<Candidate, 'ruleId' | 'severity'>>,
  triage: readonly TriageEntry[],
): PrecisionFigures {
  const rules = new Map<string, RuleFigures>();
  const figures = (ruleId: string) => {
    let r = rules.get(ruleId);
    if (!r) rules.set(ruleId, (r = { ruleId, n: 0, true: 0, false: 0, severity: 0, volume: 0 }));
    return r;
  };
  for (const f of population) figures(f.ruleId).volume++;
  const critHigh = { n: 0, true: 0 };
  const stale: TriageEntry[] = [];
  const judged = new Set<string>();
  for (const entry of triage) {
    const finding = current.get(entry.key);
    if (!finding) {
      stale.push(entry);
      continue;
    }
    judged.add(entry.key);
    const outcome = outcomeOf(entry, finding.severity);
    const r = figures(finding.ruleId);
    r.n++;
    r[outcome]++;
    if (finding.severity === 'critical' || finding.severity === 'high') {
      critHigh.n++;
      if (outcome === 'true') critHigh.true++;
    }
  }
  const measured = [...rules.values()].filter((r) => r.n && r.volume);
  const measuredVolume = measured.reduce((s, r) => s + r.volume, 0);
  const volumeWeighted = measuredVolume
    ? measured.reduce((s, r) => s + (r.true / r.n) * (r.volume / measuredVolume), 0)
    : undefined;
  return {
    rules: [...rules.values()].sort((a, b) => b.volume - a.volume || b.n - a.n || (a.ruleId < b.ruleId ? -1 : 1)),
    volumeWeighted,
    volumeCovered: population.length ? measuredVolume / population.length : 0,
    critHigh,
    triaged: judged.size,
    stale,
    untriaged: candidates.filter((c) => !judged.has(c.key)),
  };
}

function pct(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`;
}

/** The report `npm run eval` prints. */
export function precisionReport(corpus: string, triagePath: string): string[] {
  const { findings, labelled, candidates } = collectPopulation(corpus);
  const current = new Map<string, Candidate>();
  for (const c of [...labelled, ...findings, ...candidates]) current.set(c.key, c);
  const triage = readTriage(triagePath);
  const p = computePrecision(findings, candidates, current, triage);
  const out = [
    '## Precision (eval/triage.jsonl)',
    '',
    `population: ${populationTasks(corpus).length} tasks, ${findings.length} findings ` +
      `(answers ${findings.filter((f) => f.input === 'answer').length}, corrected ${findings.filter((f) => f.input === 'corrected').length}); ` +
      `candidates ${candidates.length}; triaged ${p.triaged}; stale ${p.stale.length}; untriaged ${p.untriaged.length}`,
    '',
    'rule                                            volume     n  true false  sev  precision',
  ];
  for (const r of p.rules) {
    out.push(
      [
        r.ruleId.padEnd(46),
        String(r.volume).padStart(7),
        String(r.n).padStart(5),
        String(r.true).padStart(5),
        String(r.false).padStart(5),
        String(r.severity).padStart(4),
        pct(precision(r)).padStart(10),
      ].join(' '),
    );
  }
  out.push(
    '',
    `volume-weighted precision: ${pct(p.volumeWeighted)} (rules with judged findings cover ${pct(p.volumeCovered)} of the population)`,
    `critical+high precision: ${pct(precision(p.critHigh))} (${p.critHigh.true}/${p.critHigh.n})`,
    `triaged: ${p.triaged}, stale entries: ${p.stale.length}, untriaged candidates: ${p.untriaged.length}`,
  );
  if (p.untriaged.length) {
    out.push('Not yet triaged (node dist/scripts/eval/triage.js prints them with their code):');
    for (const c of p.untriaged.slice(0, 15))
      out.push(`- ${c.key} ${c.task} ${c.input} ${c.file}:${c.line} ${c.severity} ${c.ruleId}`);
    if (p.untriaged.length > 15) out.push(`  … and ${p.untriaged.length - 15} more`);
  }
  const tasks = populationTasks(corpus);
  const perTask = (platform: string | undefined, input: Input) => {
    const n = tasks.filter((t) => !platform || t.startsWith(`${platform}/`)).length;
    const count = findings.filter((f) => f.input === input && (!platform || f.task.startsWith(`${platform}/`))).length;
    return n ? (count / n).toFixed(1) : 'n/a';
  };
  const bySeverity = (input: Input) =>
    SEVERITIES.map((s) => `${s} ${findings.filter((f) => f.input === input && f.severity === s).length}`).join(', ');
  out.push('', 'findings per task   tasks  answers  corrected');
  for (const platform of [...PLATFORMS, undefined]) {
    const n = tasks.filter((t) => !platform || t.startsWith(`${platform}/`)).length;
    out.push(
      `${(platform ?? 'all').padEnd(18)} ${String(n).padStart(6)} ${perTask(platform, 'answer').padStart(8)} ${perTask(platform, 'corrected').padStart(10)}`,
    );
  }
  out.push(`by severity: answers ${bySeverity('answer')}; corrected ${bySeverity('corrected')}`, '');
  return out;
}
