/**
 * The four seed tasks checked against their requests (lib/PROMPT.md, read
 * from the shared corpus): each answer raises every catalog rule of its seed
 * with the request beside it, the rules the request asks for are raised to
 * their required severity and cite it, and each corrected program violates
 * only the requirements its corrected code visibly departs from.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { CORPUS, CORPUS_SCAN_DATE } from '../helpers.js';
import { seedItems } from './seeds.js';

const SEEDS = ['pulumi-ts/Pr7209', 'pulumi-py/Pr5033', 'pulumi-ts/Pr7690', 'tf-hcl/Pr1311'];

function scanAnswer(task: string) {
  const dir = join(CORPUS, 'tasks', task);
  return scan([join(dir, 'lib', 'MODEL_RESPONSE.md')], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE, cwd: dir });
}

function scanCorrected(task: string) {
  const dir = join(CORPUS, 'tasks', task);
  return scan([dir], {
    config: DEFAULT_CONFIG,
    date: CORPUS_SCAN_DATE,
    cwd: dir,
    markdownInDirectories: false,
    requirements: join(dir, 'lib', 'PROMPT.md'),
  });
}

for (const task of SEEDS)
  test(`${task}: with its PROMPT.md beside it, the answer raises every catalog rule of its seed`, () => {
    const result = scanAnswer(task);
    assert.deepEqual(
      result.requirements?.map((o) => o.set.file),
      ['lib/PROMPT.md'],
      'the PROMPT.md beside the answer is read by default',
    );
    const raised = new Set(result.findings.map((f) => f.ruleId));
    for (const item of seedItems(task).filter((i) => i.kind === 'catalog'))
      assert.ok(
        item.rules.some((rule) => raised.has(rule)),
        `item ${item.item} (${item.rules.join(', ')}) was not raised`,
      );
  });

test('seed 000: "no inline policies allowed" makes every inline policy high, citing the requirement line', () => {
  const inline = scanAnswer('pulumi-ts/Pr7209').findings.filter((f) => f.ruleId === 'iam/inline-policy');
  assert.equal(inline.length, 3);
  for (const finding of inline) {
    assert.equal(finding.severity, 'high');
    assert.match(finding.message, /which the requirements forbid/);
    assert.equal(finding.requirement?.file, 'lib/PROMPT.md');
    assert.match(finding.related?.at(-1)?.message ?? '', /no inline policies allowed/);
  }
});

test('seed 002: the region the request names makes region-not-enforced medium; least privilege keeps the basic role a finding', () => {
  const findings = scanAnswer('pulumi-py/Pr5033').findings;
  const region = findings.find((f) => f.ruleId === 'provider/region-not-enforced');
  assert.equal(region?.severity, 'medium');
  assert.ok(region?.requirement);
  assert.ok(findings.some((f) => f.ruleId === 'iam/broad-managed-policy'));
});

test('seed 003: environment variables asked to be encrypted with AWS-managed keys are not a violation of that', () => {
  const findings = scanAnswer('pulumi-ts/Pr7690').findings;
  const env = findings.find((f) => f.ruleId === 'lambda/env-without-kms');
  assert.equal(env?.severity, 'low');
  assert.equal(env?.requirement, undefined);
  const tag = findings.find((f) => f.ruleId === 'tags/hardcoded-environment');
  assert.equal(tag?.requirement, undefined, 'the request asks for Environment=production itself');
});

test('without a request, the requirement-driven rules stay low', () => {
  const dir = join(CORPUS, 'tasks', 'pulumi-ts', 'Pr7209');
  const result = scan([join(dir, 'lib', 'MODEL_RESPONSE.md')], {
    config: DEFAULT_CONFIG,
    date: CORPUS_SCAN_DATE,
    cwd: dir,
    noRequirements: true,
  });
  assert.equal(result.requirements, undefined);
  const inline = result.findings.filter((f) => f.ruleId === 'iam/inline-policy');
  assert.ok(inline.length > 0);
  for (const finding of inline) assert.equal(finding.severity, 'low');
});

test('corrected programs: the only requirement violations are where the corrected code departs from its request', () => {
  const violations = SEEDS.flatMap((task) =>
    scanCorrected(task)
      .findings.filter((f) => f.requirement)
      .map((f) => `${task} ${f.ruleId} ${f.file}:${f.line}`),
  );
  // Seed 000's corrected code keeps three inline role policies and drops the reserved concurrency of 100
  // the request mandates (both departures from the request are visible in its lib/tap-stack.ts); seed 003's
  // drops the mandated reserved concurrency too (the seed's account-limit failure); seed 004's corrected
  // module declares no CodePipeline and no CodeDeploy application, both listed in its request.
  assert.deepEqual(violations, [
    'pulumi-ts/Pr7209 iam/inline-policy lib/tap-stack.ts:110',
    'pulumi-ts/Pr7209 requirements/setting lib/tap-stack.ts:135',
    'pulumi-ts/Pr7209 requirements/setting lib/tap-stack.ts:167',
    'pulumi-ts/Pr7209 iam/inline-policy lib/tap-stack.ts:315',
    'pulumi-ts/Pr7209 iam/inline-policy lib/tap-stack.ts:408',
    'pulumi-ts/Pr7690 requirements/setting lib/tap-stack.ts:157',
    'tf-hcl/Pr1311 requirements/service lib/api_gateway.tf:1',
    'tf-hcl/Pr1311 requirements/service lib/api_gateway.tf:1',
  ]);
});
