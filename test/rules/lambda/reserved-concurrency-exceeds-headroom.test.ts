import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/reserved-concurrency-exceeds-headroom';

const positive = `new aws.lambda.Function('fn', {
  role: 'r',
  reservedConcurrentExecutions: 100,
});`;
const negative = `new aws.lambda.Function('fn', { role: 'r', reservedConcurrentExecutions: 10 });`;

test('lambda/reserved-concurrency-exceeds-headroom reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'reservedConcurrentExecutions: 100'));
});

test('lambda/reserved-concurrency-exceeds-headroom stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
