import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { CORPUS, CORPUS_SCAN_DATE } from '../helpers.js';
import { seedItems } from './seeds.js';

const TASK = join(CORPUS, 'tasks', 'pulumi-py', 'Pr5033');

test('seed 002: the answer raises every rule of the catalog items', () => {
  const result = scan([join(TASK, 'lib', 'MODEL_RESPONSE.md')], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE });
  const raised = new Set(result.findings.map((f) => f.ruleId));
  const expected = seedItems('pulumi-py/Pr5033')
    .filter((item) => item.kind === 'catalog')
    .flatMap((item) => item.rules);
  assert.equal(new Set(expected).size, 9);
  for (const rule of expected) assert.ok(raised.has(rule), `${rule} was not raised`);
  assert.deepEqual(result.errors, []);
});

test('seed 002: findings point at the evidence lines of the answer', () => {
  const result = scan([join(TASK, 'lib', 'MODEL_RESPONSE.md')], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE });
  const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => f.line);
  // Lines of MODEL_RESPONSE.md: the region constant, the empty notification, the managed policy,
  // the self-invoke, the threshold, the archive path, the bucket name constant.
  assert.ok(at('provider/region-not-enforced').includes(813));
  assert.ok(at('s3/duplicate-bucket-notification').includes(117));
  assert.ok(at('iam/broad-managed-policy').includes(326));
  assert.ok(at('lambda/self-invoking-retry').includes(1494));
  assert.ok(at('cloudwatch/alarm-rate-as-count').includes(409));
  assert.ok(at('lambda/code-path-relative-to-cwd').includes(952));
  assert.ok(at('naming/missing-environment-suffix').includes(816));
  assert.ok(at('cloudwatch/log-group-missing').includes(941));
});

test('seed 002: the corrected Python program raises no critical finding', () => {
  const result = scan([TASK], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE, markdownInDirectories: false });
  assert.ok(result.programs >= 1);
  const critical = result.findings.filter((f) => f.severity === 'critical');
  assert.deepEqual(
    critical.map((f) => `${f.file}:${f.line} ${f.ruleId}`),
    [],
  );
});
