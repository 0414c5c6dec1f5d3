import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  computePrecision,
  findingKeys,
  outcomeOf,
  triageProblems,
  type Candidate,
  type TriageEntry,
} from '../../scripts/eval/precision.js';
import type { Finding } from '../../src/engine/finding.js';

const TRIAGE = new URL('../../../eval/triage.jsonl', import.meta.url).pathname;

test('the committed triage file is well-formed: fields, verdicts, no duplicate keys', () => {
  const text = readFileSync(TRIAGE, 'utf8');
  assert.deepEqual(triageProblems(text), []);
  assert.ok(text.split('\n').filter((l) => l.trim()).length >= 420, 'at least 420 judged findings');
});

test('triageProblems reports bad lines', () => {
  const good = {
    task: 't/1',
    input: 'answer',
    file: 'a.tf',
    ruleId: 'r/x',
    severity: 'high',
    key: 'k1',
    verdict: 'true',
    reason: 'ok',
  };
  const lines = [
    JSON.stringify(good),
    JSON.stringify({ ...good, verdict: 'maybe', key: 'k2' }),
    JSON.stringify({ ...good, verdict: 'severity', key: 'k3' }),
    JSON.stringify({ ...good, input: 'both', key: 'k4', reason: '' }),
    JSON.stringify(good),
    'not json',
  ];
  const problems = triageProblems(lines.join('\n'));
  assert.ok(problems.some((p) => p.startsWith('line 2') && p.includes('verdict')));
  assert.ok(problems.some((p) => p.startsWith('line 3') && p.includes('rightSeverity')));
  assert.ok(problems.some((p) => p.startsWith('line 4') && p.includes('input')));
  assert.ok(problems.some((p) => p.startsWith('line 4') && p.includes('reason')));
  assert.ok(problems.some((p) => p.startsWith('line 5') && p.includes('duplicate key k1')));
  assert.ok(problems.some((p) => p.startsWith('line 6') && p.includes('not JSON')));
});

function entry(
  key: string,
  ruleId: string,
  verdict: TriageEntry['verdict'],
  severity: TriageEntry['severity'],
  rightSeverity?: TriageEntry['severity'],
): TriageEntry {
  return {
    task: 't/1',
    input: 'answer',
    file: 'a.tf',
    ruleId,
    severity,
    key,
    verdict,
    ...(rightSeverity ? { rightSeverity } : {}),
    reason: 'r',
  };
}

function candidate(key: string, ruleId: string, severity: Candidate['severity']): Candidate {
  return { task: 't/1', input: 'answer', file: 'a.tf', line: 1, ruleId, severity, message: 'm', key, origin: 'sample' };
}

test('outcomeOf: false stays false; true and severity verdicts count as precise only at the right severity', () => {
  assert.equal(outcomeOf(entry('a', 'r', 'false', 'high'), 'high'), 'false');
  assert.equal(outcomeOf(entry('a', 'r', 'true', 'high'), 'high'), 'true');
  assert.equal(outcomeOf(entry('a', 'r', 'true', 'high'), 'medium'), 'severity');
  assert.equal(outcomeOf(entry('a', 'r', 'severity', 'critical', 'high'), 'critical'), 'severity');
  // Re-rated to the severity the judge asked for: now precise.
  assert.equal(outcomeOf(entry('a', 'r', 'severity', 'critical', 'high'), 'high'), 'true');
});

test('computePrecision: per rule, weighted by population volume, critical+high, stale and untriaged', () => {
  // Population: rule A 6 findings, rule B 2 findings, rule C 2 (never judged).
  const population = [
    ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((k) => candidate(k, 'A', 'medium')),
    candidate('b1', 'B', 'critical'),
    candidate('b2', 'B', 'critical'),
    candidate('c1', 'C', 'low'),
    candidate('c2', 'C', 'low'),
  ];
  const current = new Map(population.map((c) => [c.key, c]));
  const triage = [
    entry('a1', 'A', 'true', 'medium'),
    entry('a2', 'A', 'false', 'medium'),
    entry('a3', 'A', 'true', 'medium'),
    entry('a4', 'A', 'severity', 'medium', 'low'),
    entry('b1', 'B', 'true', 'critical'),
    entry('b2', 'B', 'severity', 'critical', 'high'),
    entry('gone', 'A', 'true', 'medium'),
  ];
  const candidates = population.filter((c) => c.key !== 'c2');
  const p = computePrecision(population, candidates, current, triage);
  const a = p.rules.find((r) => r.ruleId === 'A')!;
  const b = p.rules.find((r) => r.ruleId === 'B')!;
  assert.deepEqual([a.n, a.true, a.false, a.severity, a.volume], [4, 2, 1, 1, 6]);
  assert.deepEqual([b.n, b.true, b.false, b.severity, b.volume], [2, 1, 0, 1, 2]);
  // A: 2/4 precise, share 6/8; B: 1/2, share 2/8 (C has no judgement, so shares are renormalised over A and B).
  assert.equal(p.volumeWeighted, 0.5 * (6 / 8) + 0.5 * (2 / 8));
  assert.equal(p.volumeCovered, 8 / 10);
  assert.deepEqual(p.critHigh, { n: 2, true: 1 });
  assert.equal(p.triaged, 6);
  assert.deepEqual(
    p.stale.map((e) => e.key),
    ['gone'],
  );
  assert.deepEqual(
    p.untriaged.map((c) => c.key),
    ['a5', 'a6', 'c1'],
  );
});

test('finding keys survive line moves and number changes, and tell repeated findings apart', () => {
  const finding = (line: number, message: string): Finding => ({
    ruleId: 'r/x',
    severity: 'high',
    message,
    file: 'lib/main.tf',
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    resource: { type: 'aws_lambda_function', name: 'f' },
  });
  const [k1] = findingKeys('tf-hcl/Pr1', 'answer', [finding(10, 'reserves 100 executions')]);
  const [k2] = findingKeys('tf-hcl/Pr1', 'answer', [finding(42, 'reserves 75 executions')]);
  assert.equal(k1, k2);
  const [c1] = findingKeys('tf-hcl/Pr1', 'corrected', [finding(10, 'reserves 100 executions')]);
  assert.notEqual(k1, c1);
  const twice = findingKeys('tf-hcl/Pr1', 'answer', [finding(1, 'm'), finding(2, 'm')]);
  assert.notEqual(twice[0], twice[1]);
});
