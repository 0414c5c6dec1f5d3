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

test('lambda/reserved-concurrency-exceeds-headroom is high by default: failing depends on the account quota', () => {
  const [finding] = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(finding.severity, 'high');
});

test('lambda/reserved-concurrency-exceeds-headroom is critical when the configured accountLimit leaves too little', () => {
  const config = { rules: { [RULE]: { options: { accountLimit: 150 } } } };
  const [finding] = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE], config }), RULE);
  assert.equal(finding.severity, 'critical');
  // A configured limit the reservation fits in leaves only the per-function budget: not certain.
  const roomy = { rules: { [RULE]: { options: { accountLimit: 5000 } } } };
  const [budget] = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE], config: roomy }), RULE);
  assert.equal(budget.severity, 'high');
});
