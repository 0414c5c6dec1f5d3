import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import { CORPUS, CORPUS_SCAN_DATE } from '../helpers.js';
import { seedItems } from './seeds.js';

const TASK = join(CORPUS, 'tasks', 'tf-hcl', 'Pr1311', 'lib');
const implemented = new Set(RULES.map((r) => r.meta.id));

test('seed 004: the answer raises every catalog rule preflight implements', () => {
  const result = scan([join(TASK, 'MODEL_RESPONSE.md')], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE });
  const raised = new Set(result.findings.map((f) => f.ruleId));
  const expected = seedItems('tf-hcl/Pr1311')
    .filter((item) => item.kind === 'catalog')
    .flatMap((item) => item.rules)
    .filter((rule) => implemented.has(rule));
  assert.ok(expected.length >= 8, `expected at least 8 implemented seed rules, got ${expected.join(', ')}`);
  for (const rule of expected) assert.ok(raised.has(rule), `${rule} was not raised`);
  assert.equal(result.findings.filter((f) => f.ruleId === 'parse-error').length, 0);
});

test('seed 004: findings point at the evidence lines of the answer', () => {
  const result = scan([join(TASK, 'MODEL_RESPONSE.md')], { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE });
  const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => f.line);
  // Lines of MODEL_RESPONSE.md: the encryption configuration resource, the users GSI name, the KMS key.
  assert.ok(at('terraform/unknown-resource-type').includes(170));
  assert.ok(at('dynamodb/gsi-missing-projection').includes(236));
  assert.ok(at('kms/rotation-disabled').includes(100));
  assert.ok(at('lambda/placeholder-code').includes(532));
});

test('seed 004: the corrected module raises no critical finding', () => {
  const files = readdirSync(TASK)
    .filter((f) => f.endsWith('.tf'))
    .map((f) => join(TASK, f));
  const result = scan(files, { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE });
  assert.ok(result.filesScanned >= 10);
  assert.deepEqual(
    result.findings.filter((f) => f.severity === 'critical'),
    [],
  );
});
