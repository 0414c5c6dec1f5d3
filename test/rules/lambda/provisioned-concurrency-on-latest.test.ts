import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/provisioned-concurrency-on-latest';

const positive = `const fn = new aws.lambda.Function('fn', { role: 'r', runtime: 'nodejs20.x', handler: 'index.handler' });
new aws.lambda.ProvisionedConcurrencyConfig('pc', { functionName: fn.name, qualifier: fn.version, provisionedConcurrentExecutions: 5 });`;
const negative = `const fn = new aws.lambda.Function('fn', { role: 'r', runtime: 'nodejs20.x', handler: 'index.handler', publish: true });
const live = new aws.lambda.Alias('live', { functionName: fn.name, functionVersion: fn.version });
new aws.lambda.ProvisionedConcurrencyConfig('pc', { functionName: fn.name, qualifier: live.name, provisionedConcurrentExecutions: 5 });`;

test('lambda/provisioned-concurrency-on-latest reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'qualifier: fn.version'));
});

test('lambda/provisioned-concurrency-on-latest stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
