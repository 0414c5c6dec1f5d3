import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/alias-to-latest';

const positive = `const fn = new aws.lambda.Function('fn', { role: 'r' });
new aws.lambda.Alias('live', {
  functionName: fn.name,
  functionVersion: '$LATEST',
});`;
const negative = `const fn = new aws.lambda.Function('fn', { role: 'r', publish: true });
new aws.lambda.Alias('live', { functionName: fn.name, functionVersion: fn.version });`;

test('lambda/alias-to-latest reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "functionVersion: '$LATEST'"));
});

test('lambda/alias-to-latest stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
