import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareVersions } from '../../src/compare/compare.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { CORPUS, CORPUS_SCAN_DATE } from '../helpers.js';
import { seedItems } from './seeds.js';

const TASK = join(CORPUS, 'tasks', 'tf-hcl', 'Pr1311', 'lib');

test('seed 004: comparing the answer with the corrected code lists the seed items as fixed', () => {
  const options = { config: DEFAULT_CONFIG, date: CORPUS_SCAN_DATE, markdownInDirectories: false };
  const { fixed, remaining } = compareVersions(
    scan([join(TASK, 'MODEL_RESPONSE.md')], options).findings,
    scan([TASK], options).findings,
  );
  const fixedRules = new Set(fixed.map((f) => f.ruleId));
  const remainingRules = new Set(remaining.map((r) => r.before.ruleId));
  const items = seedItems('tf-hcl/Pr1311').filter((item) => item.kind === 'catalog');
  // Item 8 (placeholder Lambda code) is still in the corrected code: lib/lambda.tf packages "lambda_placeholder".
  for (const item of items.filter((i) => i.item !== 8))
    for (const rule of item.rules) {
      assert.ok(fixedRules.has(rule), `seed item ${item.item} (${rule}) is not listed as fixed`);
      assert.ok(!remainingRules.has(rule), `seed item ${item.item} (${rule}) still remains`);
    }
  assert.ok(remainingRules.has('lambda/placeholder-code'));
});
